package ru.parta.live;

/**
 * A tab's request to a feature: {@code {"op":"post","topic":"conversation:12","key":"k-…","text":"…"}}.
 * {@code key} is the tab's own name for the request (a chat's client key, so a repeat is
 * recognised); the answer frame carries it back.
 */
public record LiveCommand(String topic, String key, String text) {
}

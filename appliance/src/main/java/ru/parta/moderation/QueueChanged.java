package ru.parta.moderation;

/** A report was filed or decided in a chat: open queues that cover it re-read. */
public record QueueChanged(long conversationId) {
}

package ru.parta.chat;

/** One's own held messages changed: one was added, edited, withdrawn or delivered. */
public record HeldMessagesChanged(long authorId, long conversationId) {
}

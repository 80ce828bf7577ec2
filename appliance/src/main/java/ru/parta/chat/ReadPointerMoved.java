package ru.parta.chat;

/** A member has read a chat up to a message (published after commit). */
public record ReadPointerMoved(long conversationId, long accountId, long upTo) {
}

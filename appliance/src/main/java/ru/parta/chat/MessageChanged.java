package ru.parta.chat;

/** A message was edited, deleted or got or lost a reaction (published after commit). */
public record MessageChanged(ChatMessage message) {
}

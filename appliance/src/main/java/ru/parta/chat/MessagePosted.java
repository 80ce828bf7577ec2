package ru.parta.chat;

/** A message was delivered to its chat (published after commit, also for held messages released in the morning). */
public record MessagePosted(ChatMessage message) {
}

package ru.parta.access;

/** A new account exists (published after commit). */
public record AccountCreated(AccountSummary account) {
}

package ru.parta.access;

/** A person exchanged their activation code for a login (published after commit). */
public record AccountActivated(AccountSummary account) {
}

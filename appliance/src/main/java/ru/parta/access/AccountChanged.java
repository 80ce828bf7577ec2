package ru.parta.access;

/** A person's roles, badge or status changed (published after commit). */
public record AccountChanged(AccountSummary account) {
}

package ru.parta.access;

/** Someone signed in (published after commit). */
public record SignedIn(AccountSummary account, String clientAddress) {
}

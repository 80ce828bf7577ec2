package ru.parta.invitation;

/** A join request was filed or decided (published after commit). */
public record JoinRequestsChanged(long accountId) {
}

package ru.parta.invitation;

import ru.parta.access.AccountSummary;

/** The result of using a link: the person, and whether a join request now waits for approval. */
public record JoinOutcome(AccountSummary account, boolean pending) {
}

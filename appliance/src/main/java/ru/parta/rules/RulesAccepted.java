package ru.parta.rules;

/** Someone accepted an edition, or a new edition was published: the acceptance list is re-read. */
public record RulesAccepted(long editionId) {
}

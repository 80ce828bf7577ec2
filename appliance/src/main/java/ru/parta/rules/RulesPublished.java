package ru.parta.rules;

/** A new edition of the rules: signed-in people accept it on their next navigation. */
public record RulesPublished(long editionId) {
}

package ru.parta.rules;

import java.time.Instant;
import java.util.List;

/** An edition of the rules as people read it before accepting. */
public record PublishedRules(long editionId, int number, Instant publishedAt, String publishedBy,
                             List<RulesText> documents) {

    public PublishedRules {
        documents = List.copyOf(documents);
    }
}

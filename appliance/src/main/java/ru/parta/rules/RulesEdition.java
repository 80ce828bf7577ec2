package ru.parta.rules;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("rules_edition")
record RulesEdition(@Id @GeneratedValue @Nullable Long id, int number, long publishedBy, Instant publishedAt) {
}

package ru.parta.rules;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("rules_document")
record RulesDocument(@Id @GeneratedValue @Nullable Long id, long editionId, int position, String title, String body) {
}

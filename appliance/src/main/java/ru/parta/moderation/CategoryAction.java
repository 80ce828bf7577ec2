package ru.parta.moderation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** An administrator's choice of what the filter does with one category of the vocabulary. */
@MappedEntity("filter_category_action")
record CategoryAction(@Id FilterCategory category, FilterAction action, long changedBy, Instant changedAt) {
}

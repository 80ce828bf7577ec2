package ru.parta.moderation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Why the filter held a message for review: the rule, and its label for the moderator (never the text). */
@MappedEntity("filter_hold")
record FilterHold(@Id long heldId, String ruleId, String label) {
}

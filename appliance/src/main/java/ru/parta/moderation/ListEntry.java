package ru.parta.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** An entry of the school's own filter list, with what the filter does on a match and the reason moderators see. */
@MappedEntity("filter_list_rule")
public record ListEntry(@Id @GeneratedValue @Nullable Long id, String entry, ListKind kind, FilterAction action,
                        ModerationReason reason, @Nullable String note, long createdBy, Instant createdAt) {

    /** The id the filter's verdicts and the log name this entry by. */
    public String ruleId() {
        return "list." + id;
    }
}

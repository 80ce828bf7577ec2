package ru.parta.moderation;

import java.util.Set;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/** A report was decided: its reporter is told (their topic only). */
public record ReportDecided(long reporterId, long messageId, String status) implements Topical {

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.person(reporterId));
    }
}

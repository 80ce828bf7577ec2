package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One broadcast and where it stands: the page shown (slides and pictures), paused (video), blank
 * (the teacher darkened the screen). {@code version} grows with every change, so a display's
 * confirmation says which state it shows.
 */
@MappedEntity("broadcast")
record Broadcast(@Id @GeneratedValue @Nullable Long id, BroadcastKind kind, String title, @Nullable String body,
                 @Nullable Long fileId, @Nullable Long conversationId, int pages, int page, boolean paused,
                 boolean blank, long version, long startedBy, Instant startedAt, @Nullable Instant endsAt,
                 @Nullable Instant stoppedAt, @Nullable Long stoppedBy, @Nullable Long scheduleId) {

    boolean isRunning(Instant now) {
        return stoppedAt == null && (endsAt == null || endsAt.isAfter(now));
    }

    Broadcast atPage(int newPage) {
        return new Broadcast(id, kind, title, body, fileId, conversationId, pages, newPage, paused, blank, version + 1,
                startedBy, startedAt, endsAt, stoppedAt, stoppedBy, scheduleId);
    }

    Broadcast paused(boolean newPaused) {
        return new Broadcast(id, kind, title, body, fileId, conversationId, pages, page, newPaused, blank, version + 1,
                startedBy, startedAt, endsAt, stoppedAt, stoppedBy, scheduleId);
    }

    Broadcast blank(boolean newBlank) {
        return new Broadcast(id, kind, title, body, fileId, conversationId, pages, page, paused, newBlank, version + 1,
                startedBy, startedAt, endsAt, stoppedAt, stoppedBy, scheduleId);
    }

    Broadcast stopped(Instant at, @Nullable Long by) {
        return new Broadcast(id, kind, title, body, fileId, conversationId, pages, page, paused, blank, version + 1,
                startedBy, startedAt, endsAt, at, by, scheduleId);
    }
}

package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import ru.parta.base.event.Topic;
import ru.parta.chat.ChatMessage;
import ru.parta.live.LiveFrame;
import ru.parta.school.School;

/**
 * What a display is told, as JSON (display.js draws it): on its own topic which broadcast to show
 * and the school's name and time zone for the idle clock; on a broadcast's topic the broadcast's
 * whole state (so a display that joins late, or comes back after a restart, needs nothing else) and
 * a channel's latest posts; on the alert topic the standing alert. Ids, numbers and people's own
 * words only: the display page has its own words in its language.
 */
@Singleton
class BroadcastFrames {

    static final int FEED_POSTS = 6;

    private final JsonMapper json;

    BroadcastFrames(JsonMapper json) {
        this.json = json;
    }

    static Topic displayTopic(long displayId) {
        return new Topic("display", displayId);
    }

    static Topic broadcastTopic(long broadcastId) {
        return new Topic("broadcast", broadcastId);
    }

    static final Topic ALERT = new Topic("alert", 0);

    LiveFrame assign(Display display, @Nullable School school) {
        return frame("assign", new Assign(display.broadcastId() == null ? 0 : display.broadcastId(), display.name(),
                school == null ? "" : school.name(), school == null ? "UTC" : school.timeZone()));
    }

    LiveFrame state(Broadcast broadcast, List<Long> images, Instant now) {
        long id = broadcast.id();
        String media = broadcast.fileId() == null ? null : "/display/media/" + id + "?v=" + broadcast.fileId();
        List<String> pictures = switch (broadcast.kind()) {
            case SLIDES -> java.util.stream.IntStream.rangeClosed(1, broadcast.pages())
                    .mapToObj(page -> "/display/slide/" + id + "/" + page).toList();
            case IMAGES -> java.util.stream.IntStream.range(0, images.size())
                    .mapToObj(i -> "/display/image/" + id + "/" + i + "?v=" + images.get(i)).toList();
            default -> List.of();
        };
        return frame("state", new State(id, broadcast.version(), broadcast.kind().name(), broadcast.title(),
                broadcast.body(), media, pictures, broadcast.pages(), broadcast.page(), broadcast.paused(),
                broadcast.blank(), !broadcast.isRunning(now)));
    }

    LiveFrame feed(long broadcastId, List<ChatMessage> latest) {
        return frame("feed", new Feed(broadcastId, latest.stream()
                .filter(m -> !m.deleted() && m.hiddenReason() == null && m.pollId() == null && !m.body().isBlank())
                .limit(FEED_POSTS)
                .map(m -> new Post(m.id(), m.authorName(), m.body(), m.deliveredAt().toEpochMilli(), m.urgent()))
                .toList()));
    }

    LiveFrame alert(@Nullable EmergencyAlert alert) {
        return alert == null ? frame("alert", new Alert(0, null, null, null))
                : frame("alert", new Alert(alert.id(), alert.kind().name(), alert.body(),
                        alert.expiresAt() == null ? null : alert.expiresAt().toEpochMilli()));
    }

    private LiveFrame frame(String kind, Object data) {
        try {
            return new LiveFrame(kind, json.writeValueAsString(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Serdeable
    record Assign(long b, String name, String school, String zone) {
    }

    @Serdeable
    record State(long b, long v, String kind, String title, @Nullable String body, @Nullable String media,
                 List<String> pictures, int pages, int page, boolean paused, boolean blank, boolean stopped) {
    }

    @Serdeable
    record Feed(long b, List<Post> posts) {
    }

    @Serdeable
    record Post(long id, String author, String text, long at, boolean urgent) {
    }

    @Serdeable
    record Alert(long a, @Nullable String kind, @Nullable String body, @Nullable Long until) {
    }
}

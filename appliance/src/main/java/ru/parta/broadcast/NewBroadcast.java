package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A broadcast as someone starts it: what (kind, title, text, a file, pictures or a channel), where
 * (every display, or these) and for how long ({@code minutes}, none: until stopped). {@code replace}
 * confirms that a display showing someone else's broadcast is to switch to this one.
 */
public record NewBroadcast(BroadcastKind kind, @Nullable String title, @Nullable String body, @Nullable Long fileId,
                           List<Long> imageIds, @Nullable Long conversationId, boolean allDisplays,
                           List<Long> displayIds, boolean replace, @Nullable Integer minutes) {

    public NewBroadcast {
        imageIds = imageIds == null ? List.of() : List.copyOf(imageIds);
        displayIds = displayIds == null ? List.of() : List.copyOf(displayIds);
    }

    /** The same broadcast, replacing what the displays show. */
    public NewBroadcast replacing() {
        return new NewBroadcast(kind, title, body, fileId, imageIds, conversationId, allDisplays, displayIds, true,
                minutes);
    }

    /** A file (a PDF's slides, a video, one picture) on some displays. */
    public static NewBroadcast ofFile(BroadcastKind kind, long fileId, List<Long> displayIds) {
        return new NewBroadcast(kind, null, null, fileId, List.of(), null, false, displayIds, false, null);
    }

    /** An announcement on every display. */
    public static NewBroadcast announcement(String title, String body) {
        return new NewBroadcast(BroadcastKind.ANNOUNCEMENT, title, body, null, List.of(), null, true, List.of(), false,
                null);
    }
}

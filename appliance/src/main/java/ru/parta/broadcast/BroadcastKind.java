package ru.parta.broadcast;

import java.util.Locale;

/** What a broadcast shows. */
public enum BroadcastKind {
    /** Large text, optionally with a picture. */
    ANNOUNCEMENT,
    /** The pages of a PDF, drawn as pictures on the server. */
    SLIDES,
    /** A set of pictures shown one after another. */
    IMAGES,
    /** A video from the file store, played from the school server. */
    VIDEO,
    /** The latest posts of a channel, as they come. */
    CHANNEL;

    public String messageKey() {
        return "broadcast.kind." + name().toLowerCase(Locale.ROOT);
    }

    /** Kinds whose pages are flipped forward and back. */
    public boolean hasPages() {
        return this == SLIDES || this == IMAGES;
    }
}

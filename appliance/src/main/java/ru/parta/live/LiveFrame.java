package ru.parta.live;

/**
 * A change as a feature publishes it: a kind ("posted", "changed", "reads") and its data as JSON,
 * the same for every follower. Frames carry numbers, ids and the people's own words, never texts
 * of the interface, so one frame serves every language; the page holds the labels.
 */
public record LiveFrame(String kind, String json) {

    public LiveFrame {
        if (!kind.matches("[a-z]{1,20}")) {
            throw new IllegalArgumentException("frame kinds are short lowercase words: " + kind);
        }
    }
}

package ru.parta.live;

import java.nio.charset.StandardCharsets;

/**
 * The wire format of live frames, one JSON object per WebSocket text frame:
 * {@code {"t":"conversation:12","s":17,"k":"posted","d":{...}}} for data (topic, sequence number,
 * kind, the feature's JSON), and {@code {"t":…,"k":"followed"|"reset","e":…,"s":…}},
 * {@code {"t":…,"k":"refused"|"ended"}}, {@code {"k":"limited"|"pong"}} for the hub's own answers.
 */
final class Frames {

    private Frames() {
    }

    static String name(ru.parta.base.event.Topic topic) {
        return topic.kind() + ":" + topic.id();
    }

    /** Made once per published change; the same bytes go to every follower. */
    static byte[] data(String topic, long sequence, String kind, String json) {
        String frame = new StringBuilder(json.length() + topic.length() + 40).append("{\"t\":\"").append(topic)
                .append("\",\"s\":").append(sequence).append(",\"k\":\"").append(kind).append("\",\"d\":")
                .append(json).append('}').toString();
        return frame.getBytes(StandardCharsets.UTF_8);
    }

    /** "followed" (resumed from memory) or "reset" (catch-up frames follow), with where the topic stands. */
    static byte[] position(String topic, String kind, String epoch, long sequence) {
        return ("{\"t\":\"" + topic + "\",\"k\":\"" + kind + "\",\"e\":\"" + epoch + "\",\"s\":" + sequence + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** "refused" (may not follow) or "ended" (may no longer follow). */
    static byte[] about(String topic, String kind) {
        return ("{\"t\":\"" + topic + "\",\"k\":\"" + kind + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** The answer to one tab's command, under the key it gave (checked: letters, digits, - and _). */
    static byte[] answer(String key, String json) {
        return ("{\"k\":\"answer\",\"key\":\"" + key + "\",\"d\":" + json + "}").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] plain(String kind) {
        return ("{\"k\":\"" + kind + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}

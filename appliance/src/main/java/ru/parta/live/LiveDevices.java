package ru.parta.live;

/**
 * Devices that follow topics without a person: classroom displays. A display holds a long-lived
 * credential in a cookie instead of a signed-in session; the feature that pairs displays says which
 * device a credential names and hears what a device reports on its connection (what it shows).
 * On the hub a device's connection carries its id as a negative follower id, so no check made for
 * a person (whose account ids are positive) can ever admit it.
 */
public interface LiveDevices {

    /** The cookie a device's browser sends its credential in. */
    String cookieName();

    /** The device a credential names now, or 0 (unknown or revoked). */
    long findDevice(String credential);

    /** A connection of the device opened (it may hold several, e.g. a reloaded page). */
    void connected(long deviceId);

    /** A connection of the device closed. */
    void disconnected(long deviceId);

    /** What the device says on its connection: {@code {"op":"shown","text":"…"}} carries its own JSON. */
    void report(long deviceId, String op, String text);

    /** The follower id a device's connection carries, as {@link LiveTopics#mayFollow} receives it. */
    static long follower(long deviceId) {
        return -deviceId;
    }

    /** The device behind a follower id, or 0 for a person. */
    static long deviceOf(long follower) {
        return follower < 0 ? -follower : 0;
    }
}

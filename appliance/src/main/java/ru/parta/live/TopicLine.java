package ru.parta.live;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import ru.parta.base.event.Topic;

/**
 * One topic's line of frames: numbers each published change, keeps the latest few in a ring for
 * tabs that reconnect, and hands the same bytes to every follower. Publishing and joining take the
 * line's lock, so a joining tab gets its replay or catch-up and then every later frame, in order,
 * with nothing between. The followers are an array replaced on join and leave (rare), read
 * without a lock by the fan-out (often).
 */
final class TopicLine {

    private static final Follow[] NONE = new Follow[0];
    private static final int FIRST_RING = 8;

    final Topic topic;
    final String name;
    final String epoch;
    /** Starts small and doubles up to {@code remembered}: most topics (a person's own) see few frames. */
    private byte[][] ring;
    private final int remembered;
    private long last;
    private volatile Follow[] followers = NONE;
    private volatile long quietSince = System.nanoTime();
    private boolean retired;

    TopicLine(Topic topic, String epoch, int remembered) {
        this.topic = topic;
        this.name = Frames.name(topic);
        this.epoch = epoch;
        this.remembered = Math.max(1, remembered);
        this.ring = new byte[Math.min(FIRST_RING, this.remembered)][];
    }

    synchronized LivePosition position() {
        return new LivePosition(name, epoch, last);
    }

    /** False when the line was retired meanwhile: the caller publishes to the topic's new line. */
    synchronized boolean publish(String kind, String json) {
        if (retired) {
            return false;
        }
        long sequence = ++last;
        if (sequence > ring.length && ring.length < remembered) {
            grow();
        }
        byte[] frame = Frames.data(name, sequence, kind, json);
        ring[(int) (sequence % ring.length)] = frame;
        for (Follow follow : followers) {
            follow.connection().offer(frame);
        }
        return true;
    }

    /** Twice the room (at most {@code remembered}), each remembered frame moved to its new place. */
    private void grow() {
        byte[][] grown = new byte[Math.min(remembered, ring.length * 2)][];
        for (long sequence = Math.max(1, last - ring.length); sequence < last; sequence++) {
            grown[(int) (sequence % grown.length)] = ring[(int) (sequence % ring.length)];
        }
        ring = grown;
    }

    /**
     * Adds a follower. If it last saw {@code after} of this very line and the ring still holds
     * everything since, it gets exactly those frames; otherwise a "reset" and the feature's
     * catch-up from the database. False when the line was retired meanwhile.
     */
    synchronized boolean join(Follow follow, String seenEpoch, long after, Supplier<List<LiveFrame>> catchUp) {
        if (retired) {
            return false;
        }
        removeFollower(follow.connection());
        LiveConnection connection = follow.connection();
        if (epoch.equals(seenEpoch) && after <= last && last - after <= ring.length) {
            connection.offer(Frames.position(name, "followed", epoch, last));
            for (long sequence = after + 1; sequence <= last; sequence++) {
                connection.offer(ring[(int) (sequence % ring.length)]);
            }
        } else {
            // The catch-up is read before the tab hears "reset": a tab that acts on the reset (posts,
            // say) must not find its own later change in the catch-up as well as in the next frame.
            List<LiveFrame> missed = catchUp.get();
            connection.offer(Frames.position(name, "reset", epoch, last));
            for (LiveFrame frame : missed) {
                connection.offer(Frames.data(name, last, frame.kind(), frame.json()));
            }
        }
        Follow[] grown = Arrays.copyOf(followers, followers.length + 1);
        grown[grown.length - 1] = follow;
        followers = grown;
        return true;
    }

    synchronized void leave(LiveConnection connection) {
        removeFollower(connection);
    }

    private void removeFollower(LiveConnection connection) {
        Follow[] now = followers;
        for (int i = 0; i < now.length; i++) {
            if (now[i].connection() == connection) {
                Follow[] shrunk = new Follow[now.length - 1];
                System.arraycopy(now, 0, shrunk, 0, i);
                System.arraycopy(now, i + 1, shrunk, i, now.length - i - 1);
                followers = shrunk;
                if (shrunk.length == 0) {
                    quietSince = System.nanoTime();
                }
                return;
            }
        }
    }

    /** Retires the line if nobody has followed it for {@code quietNanos}; true if it did. */
    synchronized boolean retireIfQuiet(long quietNanos) {
        if (followers.length == 0 && System.nanoTime() - quietSince > quietNanos) {
            retired = true;
        }
        return retired;
    }

    boolean isFollowed() {
        return followers.length > 0;
    }

    /** The accounts reading this topic now (an account with two tabs open appears twice). */
    long[] readers() {
        Follow[] now = followers;
        long[] accounts = new long[now.length];
        int count = 0;
        for (Follow follow : now) {
            if (follow.reading()) {
                accounts[count++] = follow.connection().accountId;
            }
        }
        return Arrays.copyOf(accounts, count);
    }

    int followerCount() {
        return followers.length;
    }
}

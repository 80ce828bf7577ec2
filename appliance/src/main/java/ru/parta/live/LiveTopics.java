package ru.parta.live;

import java.util.List;
import ru.parta.base.event.Topic;

/**
 * What a feature tells the hub about one kind of topic it publishes to: who may follow it, and how
 * a tab that was away longer than the hub remembers is brought up to date from the database.
 */
public interface LiveTopics {

    /** The topic kind, as in {@link Topic#kind()}: "conversation", "channel", "display". */
    String kind();

    /** Checked on every follow and again when the person's access changes; read-only. */
    boolean mayFollow(long accountId, Topic topic);

    /**
     * What a follower whose last seen state is {@code cursor} (a feature's own position, such as
     * the last message id it has) needs to be current again. Runs while the topic's publishing
     * waits, so nothing published can slip between these frames and the next live one.
     */
    List<LiveFrame> catchUp(long accountId, Topic topic, long cursor);
}

package ru.parta.chat;

import jakarta.inject.Singleton;
import java.util.List;
import ru.parta.base.event.Topic;
import ru.parta.live.LiveFrame;
import ru.parta.live.LiveTopics;

/**
 * Who has read a chat how far ({@code readers:<chat id>}): followed only by tabs that show their
 * own messages there, for "read by N of M". Its present members may follow it; a tab catches up
 * with the pointers as they are now.
 */
@Singleton
class ReaderTopics implements LiveTopics {

    private final ChatMembership membership;
    private final ChatFrames frames;

    ReaderTopics(ChatMembership membership, ChatFrames frames) {
        this.membership = membership;
        this.frames = frames;
    }

    static Topic of(long conversationId) {
        return new Topic("readers", conversationId);
    }

    @Override
    public String kind() {
        return "readers";
    }

    @Override
    public boolean mayFollow(long accountId, Topic topic) {
        return membership.isReader(topic.id(), accountId);
    }

    @Override
    public List<LiveFrame> catchUp(long accountId, Topic topic, long cursor) {
        return List.of(frames.reads(topic.id()));
    }
}

package ru.parta.chat;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import ru.parta.base.event.Topic;
import ru.parta.live.LiveFrame;
import ru.parta.live.LiveTopics;

/**
 * A chat as a live topic: its present members may follow it. A tab away longer than the hub
 * remembers gets, from the database, the latest messages it had (as "changed", since an edit, a
 * reaction or a deletion may have been missed), every message after it (as "posted"; past
 * {@value #MISSED_AT_MOST} only the latest, after a "gap").
 */
@Singleton
class ChatTopics implements LiveTopics {

    static final int MISSED_AT_MOST = 200;
    private static final int REFRESHED = 50;

    private final ChatMembership membership;
    private final ChatReads reads;
    private final ChatFrames frames;

    ChatTopics(ChatMembership membership, ChatReads reads, ChatFrames frames) {
        this.membership = membership;
        this.reads = reads;
        this.frames = frames;
    }

    @Override
    public String kind() {
        return "conversation";
    }

    @Override
    public boolean mayFollow(long accountId, Topic topic) {
        return membership.isReader(topic.id(), accountId);
    }

    @Override
    public List<LiveFrame> catchUp(long accountId, Topic topic, long cursor) {
        long chat = topic.id();
        List<LiveFrame> catchUp = new ArrayList<>();
        if (cursor > 0) {
            reads.findPage(chat, cursor + 1, REFRESHED).forEach(m -> catchUp.add(frames.changed(m)));
        }
        List<ChatMessage> missed = reads.findAfter(chat, cursor, MISSED_AT_MOST + 1);
        if (missed.size() > MISSED_AT_MOST) {
            catchUp.clear();
            catchUp.add(new LiveFrame("gap", "{}"));
            missed = reads.findPage(chat, null, MISSED_AT_MOST);
        }
        missed.forEach(m -> catchUp.add(frames.posted(m)));
        return catchUp;
    }
}

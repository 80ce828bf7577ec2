package ru.parta.poll;

import jakarta.inject.Singleton;
import java.util.List;
import ru.parta.base.event.Topic;
import ru.parta.chat.ChatService;
import ru.parta.live.LiveFrame;
import ru.parta.live.LiveTopics;

/** A poll's results as a live topic, for the members of its chat; catching up is the current results. */
@Singleton
class PollTopics implements LiveTopics {

    private final PollService polls;
    private final PollFrames frames;
    private final ChatService chats;

    PollTopics(PollService polls, PollFrames frames, ChatService chats) {
        this.polls = polls;
        this.frames = frames;
        this.chats = chats;
    }

    @Override
    public String kind() {
        return "poll";
    }

    @Override
    public boolean mayFollow(long accountId, Topic topic) {
        long chat = polls.findConversationOf(topic.id());
        return chat > 0 && chats.findChatIds(accountId).contains(chat);
    }

    @Override
    public List<LiveFrame> catchUp(long accountId, Topic topic, long cursor) {
        return List.of(frames.results(polls.findResults(topic.id())));
    }
}

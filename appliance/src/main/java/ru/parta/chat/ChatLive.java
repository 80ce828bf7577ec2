package ru.parta.chat;

import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import ru.parta.base.event.EventBus;
import ru.parta.base.event.Topic;
import ru.parta.live.LiveFrame;
import ru.parta.live.LiveHub;

/**
 * Chats on the live path: each delivered, edited or reacted message becomes one frame on its
 * chat's topic, made once for every open tab; a message reaching tabs that have the chat open is
 * noted as read by their people (written with the others' every few seconds); moved read pointers
 * become one "reads" frame per chat per second, on the chat's readers topic that only tabs showing
 * their own messages follow (a thousand readers need not hear who else read); a change of someone's chats makes the hub check
 * what their tabs follow.
 */
@Context
class ChatLive {

    private final LiveHub hub;
    private final ChatFrames frames;
    private final ReadPointers pointers;
    private final Set<Long> readsMoved = ConcurrentHashMap.newKeySet();

    ChatLive(LiveHub hub, ChatFrames frames, ReadPointers pointers, EventBus events) {
        this.hub = hub;
        this.frames = frames;
        this.pointers = pointers;
        events.subscribe(MessagePosted.class, e -> posted(e.message()));
        events.subscribe(MessageChanged.class, e -> hub.publish(Topic.conversation(e.message().conversationId()),
                () -> frames.changed(e.message())));
        events.subscribe(ReadPointerMoved.class, this::pointerMoved);
        events.subscribe(ChatsChanged.class, e -> e.accountIds().forEach(hub::recheckAccess));
        events.subscribe(Pins.PinChanged.class, e -> hub.publish(Topic.conversation(e.conversationId()),
                () -> frames.pinned(e.message())));
    }

    private void posted(ChatMessage message) {
        Topic chat = Topic.conversation(message.conversationId());
        hub.publish(chat, () -> frames.posted(message));
        pointers.markReadByFollowers(message.conversationId(), message.id(), message.authorId(), hub.findReaders(chat));
    }

    private void pointerMoved(ReadPointerMoved moved) {
        if (hub.isFollowed(ReaderTopics.of(moved.conversationId()))) {
            readsMoved.add(moved.conversationId());
        }
        hub.publish(Topic.unreadCounts(moved.accountId()), () -> new LiveFrame("read",
                "{\"chat\":" + moved.conversationId() + ",\"upTo\":" + moved.upTo() + "}"));
    }

    /** At most one "reads" frame per chat per second, however many readers moved. */
    @Scheduled(fixedDelay = "1s", initialDelay = "1s")
    void publishReads() {
        for (Long chat : Set.copyOf(readsMoved)) {
            readsMoved.remove(chat);
            hub.publish(ReaderTopics.of(chat), () -> frames.reads(chat));
        }
    }
}

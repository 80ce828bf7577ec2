package ru.parta.broadcast;

import jakarta.inject.Singleton;
import java.util.List;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatService;

/**
 * A channel's latest posts for the displays, read as the broadcast's starter (an author of the
 * channel when it started): a display is nobody, so it reads nothing by itself.
 */
@Singleton
class FeedReader {

    private final ChatService chats;

    FeedReader(ChatService chats) {
        this.chats = chats;
    }

    List<ChatMessage> latest(Broadcast broadcast) {
        try {
            // Newest first: the display shows the latest at the top.
            return chats.findHistory(broadcast.conversationId(), null, BroadcastFrames.FEED_POSTS * 2,
                    broadcast.startedBy()).reversed();
        } catch (ru.parta.base.PartaException noLongerMember) {
            return List.of();
        }
    }
}

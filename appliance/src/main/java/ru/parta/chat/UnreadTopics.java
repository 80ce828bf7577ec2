package ru.parta.chat;

import jakarta.inject.Singleton;
import ru.parta.live.OwnTopics;

/**
 * A person's unread counts ({@code unread:<account id>}): "read up to here in chat N" when their
 * pointer moves, for the chat lists of their other tabs. Only chat lists follow it (a chat screen
 * does not need to hear its own reading); a list reads its counts again when it opens.
 */
@Singleton
class UnreadTopics extends OwnTopics {

    @Override
    public String kind() {
        return "unread";
    }
}

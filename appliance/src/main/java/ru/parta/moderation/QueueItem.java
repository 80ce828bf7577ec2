package ru.parta.moderation;

import java.time.Instant;
import java.util.List;
import ru.parta.chat.ChatMessage;

/**
 * A reported message in a moderator's queue: the message (its text, for the moderator), a little of
 * the chat around it, the reasons given (the most severe first), how many reported it, and since when.
 */
public record QueueItem(ChatMessage message, List<ChatMessage> context, List<ModerationReason> reasons,
                        List<String> comments, int reporters, Instant waitingSince) {

    public QueueItem {
        context = List.copyOf(context);
        reasons = List.copyOf(reasons);
        comments = List.copyOf(comments);
    }
}

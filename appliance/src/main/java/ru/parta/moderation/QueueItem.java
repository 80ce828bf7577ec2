package ru.parta.moderation;

import java.time.Instant;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import ru.parta.channel.ModeratedComment;
import ru.parta.chat.ChatMessage;

/**
 * A reported or flagged message, or comment on a post, in a moderator's queue: the message (its text,
 * for the moderator) or the post with the comment, a little of the chat around it, the reasons given (the most severe first), how many reported it, the
 * filter's rules that flagged it ({@link FlaggedBy}), since when it waits, and whether a moderator
 * passed it to the administrators.
 */
public record QueueItem(QueueKey key, ChatMessage message, @Nullable ModeratedComment comment, List<ChatMessage> context,
                        List<ModerationReason> reasons,
                        List<String> comments, int reporters, List<FlaggedBy> flags, Instant waitingSince,
                        boolean escalated) {

    /** A filter rule that flagged the message: the school's list entry ("list.…", its text) or the vocabulary's category. */
    public record FlaggedBy(String ruleId, String label) {

        public boolean schoolList() {
            return ruleId.startsWith("list.");
        }
    }


    public QueueItem {
        context = List.copyOf(context);
        reasons = List.copyOf(reasons);
        comments = List.copyOf(comments);
        flags = List.copyOf(flags);
    }
}

package ru.parta.moderation;

import io.micronaut.core.annotation.Nullable;
import java.util.Set;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/**
 * An author's message or comment (on the post {@code messageId}) was hidden by a moderator (or shown
 * again), or one of a message's files removed ({@code fileName} set): told on their own topic only.
 */
public record ModerationNotice(long authorId, long conversationId, long messageId, String reason, boolean restored,
                               @Nullable String fileName, boolean comment) implements Topical {

    static ModerationNotice ofMessage(long authorId, long conversationId, long messageId, String reason,
                                      boolean restored) {
        return new ModerationNotice(authorId, conversationId, messageId, reason, restored, null, false);
    }

    static ModerationNotice ofFile(long authorId, long conversationId, long messageId, String reason, String fileName) {
        return new ModerationNotice(authorId, conversationId, messageId, reason, false, fileName, false);
    }

    static ModerationNotice ofComment(long authorId, long conversationId, long postId, String reason,
                                      boolean restored) {
        return new ModerationNotice(authorId, conversationId, postId, reason, restored, null, true);
    }

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.person(authorId));
    }
}

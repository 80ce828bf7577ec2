package ru.parta.moderation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ru.parta.base.PartaException;
import ru.parta.channel.CommentService;
import ru.parta.channel.ModeratedComment;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatModeration;

/**
 * What a moderator acts on, a message or a comment, locked until the decision's transaction ends
 * (two moderators at once decide one after the other) and refused outside the moderator's scope.
 */
@Singleton
class ModerationTargets {

    /** The item decided: where it is, whose it is, its text (for the record), whether it is hidden and why. */
    record Target(QueueKey key, long conversationId, long authorId, String body, @Nullable String hiddenReason,
                  @Nullable ChatMessage message) {

        boolean hidden() {
            return hiddenReason != null;
        }
    }

    private final ChatModeration chatModeration;
    private final CommentService comments;
    private final ModerationScopes scopes;

    ModerationTargets(ChatModeration chatModeration, CommentService comments, ModerationScopes scopes) {
        this.chatModeration = chatModeration;
        this.comments = comments;
        this.scopes = scopes;
    }

    Target lock(QueueKey key, long moderatorId) {
        return key.comment() ? lockComment(key.commentId(), moderatorId) : lockMessage(key.messageId(), moderatorId);
    }

    Target lockMessage(long messageId, long moderatorId) {
        ChatMessage message = chatModeration.lockMessageForModeration(messageId);
        return inScope(new Target(QueueKey.message(messageId), message.conversationId(), message.authorId(),
                message.body(), message.hiddenReason(), message), moderatorId);
    }

    Target lockComment(long commentId, long moderatorId) {
        ModeratedComment comment = comments.lockCommentForModeration(commentId);
        return inScope(new Target(new QueueKey(comment.messageId(), commentId), comment.conversationId(),
                comment.authorId(), comment.body(), comment.hiddenReason(), null), moderatorId);
    }

    private Target inScope(Target target, long moderatorId) {
        if (!scopes.mayModerate(target.conversationId(), moderatorId)) {
            throw PartaException.forbidden("moderation.outOfScope");
        }
        return target;
    }
}

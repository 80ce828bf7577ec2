package ru.parta.channel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.parta.access.AccountService;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.InternalStep;
import ru.parta.base.PartaException;
import ru.parta.base.TextGuard;
import ru.parta.base.event.EventBus;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatService;
import ru.parta.chat.QuietHours;

/**
 * Comments on channel posts, where the channel allows them: its readers comment, the comment's
 * author or the channel's authors delete. Comments keep to the chats' rules: none in quiet hours
 * (they would wake a thousand readers' phones no less than a message), a few a minute at most.
 */
@Singleton
public class CommentService {

    static final int MAX_LENGTH = 2000;
    static final int PER_MINUTE = 10;

    private final PostCommentRepository comments;
    private final ChannelRepository channels;
    private final ChatService chats;
    private final AccountService accounts;
    private final Permissions permissions;
    private final EventBus events;
    private final Clock clock;
    private final TextGuard textGuard;

    CommentService(PostCommentRepository comments, ChannelRepository channels, ChatService chats,
                   AccountService accounts, Permissions permissions, EventBus events, Clock clock,
                   TextGuard textGuard) {
        this.textGuard = textGuard;
        this.comments = comments;
        this.channels = channels;
        this.chats = chats;
        this.accounts = accounts;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CommentView addComment(long messageId, String text, Actor actor) {
        permissions.requirePerson(actor);
        long authorId = actor.accountId();
        ChatMessage post = chats.findMessage(messageId, authorId);
        Channel channel = channels.findByConversationId(post.conversationId())
                .orElseThrow(() -> PartaException.invalid("comment.channelsOnly"));
        if (!channel.commentsEnabled()) {
            throw PartaException.conflict("comment.disabled");
        }
        if (post.deleted()) {
            throw PartaException.conflict("chat.message.deleted");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw PartaException.invalid("comment.empty");
        }
        if (body.length() > MAX_LENGTH) {
            throw PartaException.invalid("comment.tooLong", MAX_LENGTH);
        }
        chats.requireNotMuted(post.conversationId(), authorId);
        TextGuard.Screening screening = textGuard.screenMessage(body, authorId);
        if (screening.held()) {
            throw PartaException.invalid("moderation.refused.review");  // a comment cannot wait for review
        }
        Instant now = clock.instant();
        QuietHours quiet = chats.findQuietHours();
        if (quiet.isQuiet(now)) {
            throw PartaException.conflict("comment.quiet", quiet.endAfter(now).atZone(quiet.zone())
                    .toLocalTime().toString());
        }
        if (comments.countSince(authorId, now.minus(Duration.ofMinutes(1))) >= PER_MINUTE) {
            throw PartaException.limit("comment.rate", PER_MINUTE);
        }
        PostComment saved = comments.save(new PostComment(null, messageId, post.conversationId(), authorId, body, now,
                null, null, null));
        textGuard.recordCommentPosted(screening, messageId, saved.id(), post.conversationId());
        events.publish(new CommentsChanged(messageId, post.conversationId(), comments.countPresent(messageId)));
        return view(saved, names(Set.of(authorId)), authorId, true);
    }

    @Transactional
    public void deleteComment(long commentId, Actor actor) {
        permissions.requirePerson(actor);
        PostComment comment = comments.findById(commentId).filter(c -> c.deletedAt() == null)
                .orElseThrow(() -> PartaException.notFound("comment.notFound"));
        chats.findMessage(comment.messageId(), actor.accountId());
        if (comment.authorId() != actor.accountId() && !chats.mayPostIn(comment.conversationId(), actor.accountId())) {
            throw PartaException.forbidden("comment.notYours");
        }
        comments.update(comment.deleted(clock.instant()));
        events.publish(new CommentsChanged(comment.messageId(), comment.conversationId(),
                comments.countPresent(comment.messageId())));
    }

    /** A post's comments, oldest first, for a reader of its channel. */
    public List<CommentView> findComments(long messageId, long viewerId) {
        ChatMessage post = chats.findMessage(messageId, viewerId);
        boolean author = chats.mayPostIn(post.conversationId(), viewerId);
        List<PostComment> found = comments.findByMessageIdOrderByIdAsc(messageId);
        Map<Long, String> names = names(found.stream().map(PostComment::authorId).collect(Collectors.toSet()));
        return found.stream().map(c -> view(c, names, viewerId, author)).toList();
    }

    /** How many comments each of these posts has (for the posts a page shows). */
    public Map<Long, Integer> countComments(Collection<Long> messageIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!messageIds.isEmpty()) {
            comments.findCommentedMessageIds(messageIds).forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts;
    }

    /** Whether a chat is a channel that takes comments. */
    public boolean isCommentable(long conversationId) {
        return channels.findByConversationId(conversationId).map(Channel::commentsEnabled).orElse(false);
    }

    private Map<Long, String> names(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        accounts.findPeople(ids).forEach((id, person) -> names.put(id, person.fullName()));
        return names;
    }

    private static CommentView view(PostComment comment, Map<Long, String> names, long viewerId, boolean author) {
        boolean deleted = comment.deletedAt() != null;
        boolean hidden = comment.hiddenAt() != null;
        return new CommentView(comment.id(), comment.authorId(), names.getOrDefault(comment.authorId(), ""),
                hidden ? "" : comment.body(), comment.createdAt(), deleted,
                !deleted && !hidden && (author || comment.authorId() == viewerId), hidden ? comment.hiddenReason() : null);
    }

    /** A comment as moderators see it (its text even when hidden), with no rights asked: their scope is theirs to check. */
    @InternalStep("ModerationService and ReportService, which check the moderator's scope or the reporter's reading")
    public ModeratedComment findCommentForModeration(long commentId) {
        PostComment comment = comments.findById(commentId).filter(c -> c.deletedAt() == null)
                .orElseThrow(() -> PartaException.notFound("comment.notFound"));
        return moderated(comment);
    }

    /** The comment, locked until the caller's transaction ends: two moderators decide it one after the other. */
    @InternalStep("ModerationService and ReportService, before they check the moderator's scope and decide")
    public ModeratedComment lockCommentForModeration(long commentId) {
        PostComment comment = comments.findForUpdate(commentId).filter(c -> c.deletedAt() == null)
                .orElseThrow(() -> PartaException.notFound("comment.notFound"));
        return moderated(comment);
    }

    /** A moderator hides a comment with a reason, or shows it again (null); readers of the post see it at once. */
    @Transactional
    @InternalStep("ModerationService.hideComment and restoreComment, after their scope check and record")
    public void setCommentHidden(long commentId, @Nullable String reason) {
        PostComment comment = comments.findById(commentId).filter(c -> c.deletedAt() == null)
                .orElseThrow(() -> PartaException.notFound("comment.notFound"));
        comments.update(comment.hidden(reason == null ? null : clock.instant(), reason));
        events.publish(new CommentsChanged(comment.messageId(), comment.conversationId(),
                comments.countPresent(comment.messageId())));
    }

    private ModeratedComment moderated(PostComment comment) {
        return new ModeratedComment(comment.id(), comment.messageId(), comment.conversationId(), comment.authorId(),
                names(Set.of(comment.authorId())).getOrDefault(comment.authorId(), ""), comment.body(),
                comment.createdAt(), comment.hiddenReason());
    }
}

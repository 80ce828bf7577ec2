package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.InternalStep;
import ru.parta.base.PartaException;
import ru.parta.base.TextGuard;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.files.FilePlace;
import ru.parta.files.FileService;
import ru.parta.files.StoredFile;
import ru.parta.school.SchoolService;

/**
 * Messages: post (delivered at once, held in quiet hours, or scheduled), edit, delete, attach files, read
 * history. Reactions, read pointers and held messages have their own services.
 * Posting costs the same few statements whatever the size of the chat: one message row, one
 * update of the chat and of the author's read pointer; open screens learn of it from the event.
 */
@Singleton
public class ChatService {

    static final int PAGE_LIMIT = 100;
    private static final Pattern CLIENT_KEY = Pattern.compile("[A-Za-z0-9_-]{8,40}");

    private final MessageRepository messages;
    private final ConversationRepository conversations;
    private final HeldMessageRepository held;
    private final ChatMembership membership;
    private final MessageDelivery delivery;
    private final ChatReads reads;
    private final ConversationMemberRepository members;
    private final ChatPolicyService policy;
    private final AccountService accounts;
    private final SchoolService school;
    private final FileService files;
    private final SendingRate rate;
    private final ChatProperties limits;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    private final Permissions permissions;
    private final PostSchedule schedule = new PostSchedule();
    private final TextGuard textGuard;

    ChatService(ConversationRepository conversations, MessageRepository messages, HeldMessageRepository held, ChatMembership membership,
                MessageDelivery delivery, ChatReads reads, ConversationMemberRepository members,
                ChatPolicyService policy, AccountService accounts, SchoolService school, FileService files,
                SendingRate rate, ChatProperties limits, AuditLog auditLog, EventBus events, Clock clock,
                Permissions permissions, TextGuard textGuard) {
        this.textGuard = textGuard;
        this.messages = messages;
        this.conversations = conversations;
        this.held = held;
        this.membership = membership;
        this.delivery = delivery;
        this.reads = reads;
        this.members = members;
        this.policy = policy;
        this.accounts = accounts;
        this.school = school;
        this.files = files;
        this.rate = rate;
        this.limits = limits;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.permissions = permissions;
    }

    @Transactional
    public PostOutcome postMessage(NewMessage message, Actor actor) {
        return post(message, actor, null);
    }

    /**
     * Posts the message that shows a poll, its question as the text: delivered now, or held by
     * quiet hours like any message. The poll is already saved; nobody sees it until this is delivered.
     */
    @Transactional
    @InternalStep("PollService.createPoll, which checked the poll itself; the author's rights are checked here")
    public PostOutcome postPollMessage(long conversationId, String clientKey, String question, long pollId,
                                       Actor actor) {
        return post(NewMessage.text(conversationId, clientKey, question), actor, pollId);
    }

    private PostOutcome post(NewMessage message, Actor actor, @Nullable Long pollId) {
        permissions.requirePerson(actor);
        long authorId = actor.accountId();
        if (message.clientKey() == null || !CLIENT_KEY.matcher(message.clientKey()).matches()) {
            throw PartaException.invalid("chat.message.badKey");
        }
        var again = messages.findByAuthorIdAndClientKey(authorId, message.clientKey());
        if (again.isPresent()) {
            return new PostOutcome(reads.findMessage(again.get().id()).orElseThrow(), null);
        }
        var heldAgain = held.findByAuthorIdAndClientKey(authorId, message.clientKey());
        if (heldAgain.isPresent()) {
            return new PostOutcome(null, HeldMessages.heldItem(heldAgain.get()));
        }
        if (message.attachmentIds().size() > limits.getMaxAttachments()) {
            throw PartaException.limit("chat.attachments.tooMany", limits.getMaxAttachments());
        }
        String text = MessageText.require(message.text(), !message.attachmentIds().isEmpty(),
                limits.getMaxMessageLength());
        Conversation conversation = membership.writable(message.conversationId(), authorId);
        TextGuard.Screening screening = textGuard.screenMessage(text, authorId);
        AccountSummary author = accounts.findAccount(authorId).orElseThrow(() -> PartaException.forbidden("permission.denied"));
        if (message.urgent() && !author.hasAnyRole(policy.findPolicy().urgentRoleSet())) {
            throw PartaException.forbidden("chat.urgent.forbidden");
        }
        if (message.ackRequired() && conversation.kind() != ConversationKind.CHANNEL) {
            throw PartaException.invalid("chat.ack.channelsOnly");
        }
        rate.take("message", authorId, limits.getMaxMessagesPerWindow(), limits.getRateWindow(), "chat.rate.messages");
        List<StoredFile> attached = attachments(message.attachmentIds(), conversation.id(), authorId);
        List<Long> mentioned = mentions(message.mentionIds(), conversation.id(), authorId);
        Long replyTo = replyTarget(message.replyToId(), conversation.id());
        List<Long> fileIds = attached.stream().map(StoredFile::id).toList();
        Instant now = clock.instant();
        QuietHours quiet = QuietHours.of(school.requireSchool());
        Instant scheduled = message.publishAt();
        // In a pre-moderated chat a student's or parent's message waits for a moderator (staff post at once);
        // so does anyone's message the filter holds.
        boolean review = conversation.premoderated() && !author.isStaff() || screening.held();
        if (review) {
            HeldMessage kept = held.save(new HeldMessage(null, conversation.id(), authorId, message.clientKey(), text,
                    replyTo, HeldMessage.join(mentioned), HeldMessage.join(fileIds), now, now, message.ackRequired(),
                    scheduled, message.urgent(), pollId, true));
            textGuard.recordHeld(screening, kept.id(), conversation.id());
            events.publish(new HeldMessagesChanged(authorId, conversation.id()));
            return new PostOutcome(null, HeldMessages.heldItem(kept));
        }
        if (scheduled != null || !message.urgent() && quiet.isQuiet(now)) {
            Instant deliverAt = scheduled == null ? quiet.endAfter(now)
                    : schedule.deliveryOf(scheduled, message.urgent(), now, quiet);
            HeldMessage kept = held.save(new HeldMessage(null, conversation.id(), authorId, message.clientKey(), text,
                    replyTo, HeldMessage.join(mentioned), HeldMessage.join(fileIds), now, deliverAt,
                    message.ackRequired(), scheduled, message.urgent(), pollId, false));
            events.publish(new HeldMessagesChanged(authorId, conversation.id()));
            return new PostOutcome(null, HeldMessages.heldItem(kept));
        }
        Message saved = delivery.deliver(conversation.id(), authorId, message.clientKey(), text, replyTo, message.urgent(), now, now,
                fileIds, mentioned, message.ackRequired(), pollId);
        textGuard.recordPosted(screening, saved.id(), conversation.id());
        if (message.urgent()) {
            auditLog.recordEvent("chat.urgent", authorId, conversation.id() + " " + saved.id(), null);
        }
        ChatMessage shown = shown(saved, author, attached, mentioned);
        events.publish(new MessagePosted(shown));
        return new PostOutcome(shown, null);
    }

    @Transactional
    public ChatMessage editMessage(long messageId, String newText, Actor actor) {
        permissions.requirePerson(actor);
        long authorId = actor.accountId();
        Message message = ownMessage(messageId, authorId);
        membership.writable(message.conversationId(), authorId);
        if (message.pollId() != null) {
            throw PartaException.conflict("chat.poll.noEdit");
        }
        boolean hasFiles = !reads.findMessage(messageId).orElseThrow().attachments().isEmpty();
        String text = MessageText.require(newText, hasFiles, limits.getMaxMessageLength());
        TextGuard.Screening screening = textGuard.screenMessage(text, authorId);
        if (screening.held()) {
            throw PartaException.invalid("moderation.refused.review");  // what others saw cannot go back to review
        }
        if (text.equals(message.body())) {
            return reads.findMessage(messageId).orElseThrow();
        }
        messages.update(message.edited(text, clock.instant()));
        textGuard.recordPosted(screening, messageId, message.conversationId());
        return delivery.changed(messageId);
    }

    /** The author removes a message: its text and files go, a "deleted" mark keeps its place. */
    @Transactional
    public ChatMessage deleteMessage(long messageId, Actor actor) {
        permissions.requirePerson(actor);
        long authorId = actor.accountId();
        Message message = ownMessage(messageId, authorId);
        membership.requireMember(message.conversationId(), authorId);
        ChatMessage before = reads.findMessage(messageId).orElseThrow();
        messages.update(message.deleted(clock.instant()));
        messages.clearReactions(messageId);
        for (ChatMessage.Attachment attachment : before.attachments()) {
            files.findFile(attachment.fileId()).ifPresent(file -> files.deleteFile(file, authorId));
        }
        auditLog.recordEvent("chat.messageDeleted", authorId, message.conversationId() + " " + messageId, null);
        return delivery.changed(messageId);
    }

    /** The chat a moderation scope is worked out from (kind, class, creator). */
    public Conversation findConversation(long conversationId) {
        return conversations.findById(conversationId).orElseThrow(() -> PartaException.notFound("chat.notFound"));
    }

    /** A page of history, newest last; {@code beforeId} null for the latest. */
    public List<ChatMessage> findHistory(long conversationId, @Nullable Long beforeId, int limit, long viewerId) {
        membership.requireReader(conversationId, viewerId);
        return reads.findPage(conversationId, beforeId, Math.clamp(limit, 1, PAGE_LIMIT));
    }

    /** One message of a chat the viewer is in (the "⋯" of a bubble); not found otherwise. */
    public ChatMessage findMessage(long messageId, long viewerId) {
        ChatMessage message = reads.findMessage(messageId).orElseThrow(() -> PartaException.notFound("chat.notFound"));
        membership.requireReader(message.conversationId(), viewerId);
        return message;
    }

    /** The ids of someone's chats, for a screen that must know where their live topics stand before it reads them. */
    public List<Long> findChatIds(long accountId) {
        return members.findByAccountIdAndLeftAtIsNull(accountId).stream().map(ConversationMember::conversationId)
                .toList();
    }

    public List<ChatSummary> findChats(long accountId) {
        return reads.findChats(accountId);
    }

    /** One of someone's chats as their chat list shows it. */
    public ChatSummary findChat(long conversationId, long viewerId) {
        return reads.findChats(viewerId).stream().filter(c -> c.conversationId() == conversationId).findFirst()
                .orElseThrow(() -> PartaException.notFound("chat.notFound"));
    }

    /** Whether this person may mark messages urgent under the current policy. */
    public boolean mayPostUrgent(long accountId) {
        return accounts.findAccount(accountId).map(a -> a.hasAnyRole(policy.findPolicy().urgentRoleSet()))
                .orElse(false);
    }

    /** Whether this person may post in this chat now: a channel's authors; every present member elsewhere. */
    public boolean mayPostIn(long conversationId, long accountId) {
        return members.findByConversationIdAndAccountId(conversationId, accountId)
                .filter(ConversationMember::isPresent).map(ConversationMember::mayPost).orElse(false);
    }

    public int maxMessageLength() {
        return limits.getMaxMessageLength();
    }

    /** Refuses a person a moderator muted in this chat (for what they write beside messages: comments). */
    public void requireNotMuted(long conversationId, long accountId) {
        membership.requireNotMuted(conversationId, accountId);
    }

    public QuietHours findQuietHours() {
        return QuietHours.of(school.requireSchool());
    }

    /** Puts a file into a chat for the next message; it is seen by nobody until that message is. */
    @Transactional
    public StoredFile uploadAttachment(long conversationId, String fileName, java.io.InputStream content,
                                       Actor actor) {
        permissions.requirePerson(actor);
        long uploaderId = actor.accountId();
        membership.writable(conversationId, uploaderId);
        return files.uploadFile(FilePlace.CONVERSATION, conversationId, fileName, content, uploaderId);
    }

    /** Drops a file put into a chat but not sent after all. */
    @Transactional
    public void discardAttachment(long fileId, Actor actor) {
        permissions.requirePerson(actor);
        long uploaderId = actor.accountId();
        files.findFile(fileId)
                .filter(f -> f.placeKind() == FilePlace.CONVERSATION && f.uploadedBy() == uploaderId)
                .ifPresent(f -> files.deleteFile(f, uploaderId));
    }

    private ChatMessage shown(Message saved, AccountSummary author, List<StoredFile> attached, List<Long> mentioned) {
        ChatMessage.Quote quote = saved.replyToId() == null ? null : reads.findMessage(saved.replyToId())
                .map(r -> new ChatMessage.Quote(r.id(), r.authorName(), ChatReads.snippet(r.body()), r.deleted()))
                .orElse(null);
        return new ChatMessage(saved.id(), saved.conversationId(), author.id(), author.fullName(),
                author.teacherVerified(), saved.body(), quote, saved.urgent(), saved.deliveredAt(), null, false,
                attached.stream().map(f -> new ChatMessage.Attachment(f.id(), f.name(), f.mediaType(), f.size(),
                        f.isImage())).toList(), List.of(), mentioned, saved.ackRequired(), saved.pollId(), null);
    }

    private Message ownMessage(long messageId, long authorId) {
        Message message = messages.findById(messageId).orElseThrow(() -> PartaException.notFound("chat.message.notFound"));
        if (message.authorId() != authorId) {
            throw PartaException.forbidden("chat.message.notYours");
        }
        if (message.deletedAt() != null) {
            throw PartaException.conflict("chat.message.deleted");
        }
        return message;
    }

    private List<StoredFile> attachments(List<Long> fileIds, long conversationId, long authorId) {
        List<StoredFile> found = new ArrayList<>();
        for (Long fileId : new LinkedHashSet<>(fileIds)) {
            StoredFile file = files.findFile(fileId)
                    .filter(f -> f.deletedAt() == null && f.placeKind() == FilePlace.CONVERSATION
                            && f.placeId() == conversationId && f.uploadedBy() == authorId)
                    .orElseThrow(() -> PartaException.invalid("chat.attachments.gone"));
            found.add(file);
        }
        return found;
    }

    /** Keeps the mentioned people who are members; a mention of anyone else is dropped. */
    private List<Long> mentions(List<Long> mentionIds, long conversationId, long authorId) {
        Set<Long> wanted = new LinkedHashSet<>(mentionIds);
        wanted.remove(authorId);
        if (wanted.isEmpty()) {
            return List.of();
        }
        if (wanted.size() > limits.getMaxMentions()) {
            throw PartaException.limit("chat.mentions.tooMany", limits.getMaxMentions());
        }
        Set<Long> present = Set.copyOf(members.findPresent(conversationId, wanted));
        return wanted.stream().filter(present::contains).toList();
    }

    private Long replyTarget(@Nullable Long replyToId, long conversationId) {
        if (replyToId == null) {
            return null;
        }
        return messages.findById(replyToId).filter(m -> m.conversationId() == conversationId)
                .map(Message::id)
                .orElseThrow(() -> PartaException.invalid("chat.reply.gone"));
    }

}

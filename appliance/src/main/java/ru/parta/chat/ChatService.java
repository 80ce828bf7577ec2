package ru.parta.chat;

import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.files.FilePlace;
import ru.parta.files.FileService;
import ru.parta.files.StoredFile;
import ru.parta.school.SchoolService;

/**
 * Messages: post (delivered at once, or held in quiet hours), edit, delete, react, mark read.
 * Posting costs the same few statements whatever the size of the chat: one message row, one
 * update of the chat and of the author's read pointer; open screens learn of it from the event.
 */
@Singleton
public class ChatService {

    /** The reactions offered; a fixed set keeps reactions small and free of arbitrary text. */
    public static final List<String> REACTIONS = List.of("👍", "❤️", "😂", "😮", "😢", "🙏", "✅", "👏");
    static final int MAX_OWN_REACTIONS = 3;
    static final int PAGE_LIMIT = 100;
    private static final Pattern CLIENT_KEY = Pattern.compile("[A-Za-z0-9_-]{8,40}");

    private final MessageRepository messages;
    private final HeldMessageRepository held;
    private final ConversationRepository conversations;
    private final ConversationMemberRepository members;
    private final ChatReads reads;
    private final ReadPointerWriter pointerWriter;
    private final ChatPolicyService policy;
    private final AccountService accounts;
    private final SchoolService school;
    private final FileService files;
    private final SendingRate rate;
    private final ChatProperties limits;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    private final java.util.concurrent.ConcurrentHashMap<ReadKey, Long> readSoon = new java.util.concurrent.ConcurrentHashMap<>();
    private final Permissions permissions;

    ChatService(MessageRepository messages, HeldMessageRepository held, ConversationRepository conversations,
                ConversationMemberRepository members, ChatReads reads, ReadPointerWriter pointerWriter,
                ChatPolicyService policy,
                AccountService accounts, SchoolService school, FileService files, SendingRate rate,
                ChatProperties limits, AuditLog auditLog, EventBus events, Clock clock, Permissions permissions) {
        this.permissions = permissions;
        this.messages = messages;
        this.held = held;
        this.conversations = conversations;
        this.members = members;
        this.reads = reads;
        this.pointerWriter = pointerWriter;
        this.policy = policy;
        this.accounts = accounts;
        this.school = school;
        this.files = files;
        this.rate = rate;
        this.limits = limits;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PostOutcome postMessage(NewMessage message, Actor actor) {
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
            return new PostOutcome(null, heldItem(heldAgain.get()));
        }
        if (message.attachmentIds().size() > limits.getMaxAttachments()) {
            throw PartaException.limit("chat.attachments.tooMany", limits.getMaxAttachments());
        }
        String text = MessageText.require(message.text(), !message.attachmentIds().isEmpty(),
                limits.getMaxMessageLength());
        Conversation conversation = writableConversation(message.conversationId(), authorId);
        AccountSummary author = accounts.findAccount(authorId).orElseThrow(() -> PartaException.forbidden("permission.denied"));
        if (message.urgent() && !author.hasAnyRole(policy.findPolicy().urgentRoleSet())) {
            throw PartaException.forbidden("chat.urgent.forbidden");
        }
        rate.take("message", authorId, limits.getMaxMessagesPerWindow(), limits.getRateWindow(), "chat.rate.messages");
        List<StoredFile> attached = attachments(message.attachmentIds(), conversation.id(), authorId);
        List<Long> mentioned = mentions(message.mentionIds(), conversation.id(), authorId);
        Long replyTo = replyTarget(message.replyToId(), conversation.id());
        List<Long> fileIds = attached.stream().map(StoredFile::id).toList();
        Instant now = clock.instant();
        QuietHours quiet = QuietHours.of(school.requireSchool());
        if (!message.urgent() && quiet.isQuiet(now)) {
            HeldMessage kept = held.save(new HeldMessage(null, conversation.id(), authorId, message.clientKey(), text,
                    replyTo, HeldMessage.join(mentioned), HeldMessage.join(fileIds), now, quiet.endAfter(now)));
            events.publish(new HeldMessagesChanged(authorId, conversation.id()));
            return new PostOutcome(null, heldItem(kept));
        }
        Message saved = deliver(conversation.id(), authorId, message.clientKey(), text, replyTo, message.urgent(), now, now,
                fileIds, mentioned);
        if (message.urgent()) {
            auditLog.recordEvent("chat.urgent", authorId, conversation.id() + " " + saved.id(), null);
        }
        ChatMessage shown = shown(saved, author, attached, mentioned);
        events.publish(new MessagePosted(shown));
        return new PostOutcome(shown, null);
    }

    /** Delivers the held messages whose quiet hours have ended, in the order they were sent. */
    @Transactional
    public int releaseHeldMessages() {
        List<HeldMessage> due = held.findByDeliverAtLessThanEqualsOrderByIdAsc(clock.instant());
        int delivered = 0;
        for (HeldMessage waiting : due) {
            boolean stillMember = members.findByConversationIdAndAccountId(waiting.conversationId(),
                    waiting.authorId()).map(ConversationMember::isPresent).orElse(false);
            if (!stillMember) {
                // The author left the chat during the night (a transfer, say): the message goes nowhere.
                held.delete(waiting);
                events.publish(new HeldMessagesChanged(waiting.authorId(), waiting.conversationId()));
                continue;
            }
            Instant now = clock.instant();
            Message saved = deliver(waiting.conversationId(), waiting.authorId(), waiting.clientKey(), waiting.body(),
                    waiting.replyToId(), false, waiting.sentAt(), now, waiting.attachments(), waiting.mentions());
            held.delete(waiting);
            events.publish(new HeldMessagesChanged(waiting.authorId(), waiting.conversationId()));
            events.publish(new MessagePosted(reads.findMessage(saved.id()).orElseThrow()));
            delivered++;
        }
        return delivered;
    }

    @Transactional
    public ChatMessage editMessage(long messageId, String newText, Actor actor) {
        permissions.requirePerson(actor);
        long authorId = actor.accountId();
        Message message = ownMessage(messageId, authorId);
        writableConversation(message.conversationId(), authorId);
        boolean hasFiles = !reads.findMessage(messageId).orElseThrow().attachments().isEmpty();
        String text = MessageText.require(newText, hasFiles, limits.getMaxMessageLength());
        if (text.equals(message.body())) {
            return reads.findMessage(messageId).orElseThrow();
        }
        messages.update(message.edited(text, clock.instant()));
        return changed(messageId);
    }

    /** The author removes a message: its text and files go, a "deleted" mark keeps its place. */
    @Transactional
    public ChatMessage deleteMessage(long messageId, Actor actor) {
        permissions.requirePerson(actor);
        long authorId = actor.accountId();
        Message message = ownMessage(messageId, authorId);
        requireMember(message.conversationId(), authorId);
        ChatMessage before = reads.findMessage(messageId).orElseThrow();
        messages.update(message.deleted(clock.instant()));
        messages.clearReactions(messageId);
        for (ChatMessage.Attachment attachment : before.attachments()) {
            files.findFile(attachment.fileId()).ifPresent(file -> files.deleteFile(file, authorId));
        }
        auditLog.recordEvent("chat.messageDeleted", authorId, message.conversationId() + " " + messageId, null);
        return changed(messageId);
    }

    @Transactional
    public void editHeldMessage(long heldId, String newText, Actor actor) {
        permissions.requirePerson(actor);
        long authorId = actor.accountId();
        HeldMessage waiting = ownHeld(heldId, authorId);
        String text = MessageText.require(newText, !waiting.attachments().isEmpty(), limits.getMaxMessageLength());
        held.update(waiting.edited(text));
        events.publish(new HeldMessagesChanged(authorId, waiting.conversationId()));
    }

    /** Withdraws a message not yet delivered; nobody else ever saw it. */
    @Transactional
    public void withdrawHeldMessage(long heldId, Actor actor) {
        permissions.requirePerson(actor);
        long authorId = actor.accountId();
        HeldMessage waiting = ownHeld(heldId, authorId);
        held.delete(waiting);
        for (Long fileId : waiting.attachments()) {
            files.findFile(fileId).ifPresent(file -> files.deleteFile(file, authorId));
        }
        events.publish(new HeldMessagesChanged(authorId, waiting.conversationId()));
    }

    /** Puts or takes back a reaction; each person may put at most three different ones on a message. */
    @Transactional
    public ChatMessage toggleReaction(long messageId, String emoji, Actor actor) {
        permissions.requirePerson(actor);
        long accountId = actor.accountId();
        if (!REACTIONS.contains(emoji)) {
            throw PartaException.invalid("chat.reaction.unknown");
        }
        Message message = messages.findById(messageId).filter(m -> m.deletedAt() == null)
                .orElseThrow(() -> PartaException.notFound("chat.message.notFound"));
        requireMember(message.conversationId(), accountId);
        rate.take("reaction", accountId, limits.getMaxReactionsPerWindow(), limits.getRateWindow(),
                "chat.rate.reactions");
        if (messages.countReaction(messageId, accountId, emoji) > 0) {
            messages.removeReaction(messageId, accountId, emoji);
        } else {
            if (messages.countReactions(messageId, accountId) >= MAX_OWN_REACTIONS) {
                throw PartaException.limit("chat.reaction.tooMany", MAX_OWN_REACTIONS);
            }
            messages.addReaction(messageId, accountId, emoji);
        }
        return changed(messageId);
    }

    /** Moves the reader's pointer forward to {@code upTo} (never back). */
    @Transactional
    public void markRead(long conversationId, long upTo, Actor actor) {
        permissions.requirePerson(actor);
        long accountId = actor.accountId();
        if (pointerWriter.moveForward(conversationId, accountId, upTo)) {
            events.publish(new ReadPointerMoved(conversationId, accountId, upTo));
        }
    }

    /**
     * Notes that an open screen has shown the reader {@code upTo}; the pointer is written with
     * everyone else's within a second ({@link #flushReadPointers()}). A message to a chat with a
     * thousand open screens would otherwise cost a thousand transactions at once.
     */
    public void markReadSoon(long conversationId, long upTo, Actor actor) {
        permissions.requirePerson(actor);
        long accountId = actor.accountId();
        readSoon.merge(new ReadKey(conversationId, accountId), upTo, Math::max);
    }

    /** Writes the pointers noted by {@link #markReadSoon} in one transaction; returns how many moved. */
    @Transactional
    public int flushReadPointers() {
        List<ReadPointerWriter.Move> due = new ArrayList<>();
        for (ReadKey key : List.copyOf(readSoon.keySet())) {
            Long upTo = readSoon.remove(key);
            if (upTo != null) {
                due.add(new ReadPointerWriter.Move(key.conversationId(), key.accountId(), upTo));
            }
        }
        boolean[] moved = pointerWriter.moveForward(due);
        int count = 0;
        for (int i = 0; i < moved.length; i++) {
            if (moved[i]) {
                ReadPointerWriter.Move move = due.get(i);
                events.publish(new ReadPointerMoved(move.conversationId(), move.accountId(), move.upTo()));
                count++;
            }
        }
        return count;
    }

    private record ReadKey(long conversationId, long accountId) {
    }

    /** A page of history, newest last; {@code beforeId} null for the latest. */
    public List<ChatMessage> findHistory(long conversationId, @Nullable Long beforeId, int limit, long viewerId) {
        requireReader(conversationId, viewerId);
        return reads.findPage(conversationId, beforeId, Math.clamp(limit, 1, PAGE_LIMIT));
    }

    /** For the author's own messages: how many other members have read each. */
    public Map<Long, Integer> countReaders(long conversationId, List<Long> messageIds, long viewerId) {
        requireReader(conversationId, viewerId);
        return reads.countReaders(conversationId, messageIds);
    }

    public List<HeldItem> findHeldMessages(long conversationId, long authorId) {
        return held.findByConversationIdAndAuthorIdOrderByIdAsc(conversationId, authorId).stream()
                .map(ChatService::heldItem).toList();
    }

    public List<ChatSummary> findChats(long accountId) {
        return reads.findChats(accountId);
    }

    /** One of someone's chats as their chat list shows it. */
    public ChatSummary findChat(long conversationId, long viewerId) {
        return reads.findChats(viewerId).stream().filter(c -> c.conversationId() == conversationId).findFirst()
                .orElseThrow(() -> PartaException.notFound("chat.notFound"));
    }

    /** The last message this member had seen: where the "new messages" divider goes. */
    public long findReadPointer(long conversationId, long accountId) {
        return members.findByConversationIdAndAccountId(conversationId, accountId)
                .filter(ConversationMember::isPresent).map(ConversationMember::readUpTo)
                .orElseThrow(() -> PartaException.notFound("chat.notFound"));
    }

    /** Whether this person may mark messages urgent under the current policy. */
    public boolean mayPostUrgent(long accountId) {
        return accounts.findAccount(accountId).map(a -> a.hasAnyRole(policy.findPolicy().urgentRoleSet()))
                .orElse(false);
    }

    public int maxMessageLength() {
        return limits.getMaxMessageLength();
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
        writableConversation(conversationId, uploaderId);
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

    private Message deliver(long conversationId, long authorId, String clientKey, String text, @Nullable Long replyTo,
                            boolean urgent, Instant sentAt, Instant now, List<Long> fileIds, List<Long> mentioned) {
        Message saved = messages.save(new Message(null, conversationId, authorId, clientKey, text, replyTo, urgent,
                sentAt, now, null, null));
        for (int i = 0; i < fileIds.size(); i++) {
            messages.attach(saved.id(), fileIds.get(i), i);
        }
        for (Long accountId : mentioned) {
            messages.mention(saved.id(), accountId);
        }
        conversations.touch(conversationId, saved.id(), now);
        pointerWriter.moveForward(conversationId, authorId, saved.id());
        return saved;
    }

    private ChatMessage shown(Message saved, AccountSummary author, List<StoredFile> attached, List<Long> mentioned) {
        ChatMessage.Quote quote = saved.replyToId() == null ? null : reads.findMessage(saved.replyToId())
                .map(r -> new ChatMessage.Quote(r.id(), r.authorName(), ChatReads.snippet(r.body()), r.deleted()))
                .orElse(null);
        return new ChatMessage(saved.id(), saved.conversationId(), author.id(), author.fullName(),
                author.teacherVerified(), saved.body(), quote, saved.urgent(), saved.deliveredAt(), null, false,
                attached.stream().map(f -> new ChatMessage.Attachment(f.id(), f.name(), f.mediaType(), f.size(),
                        f.isImage())).toList(), List.of(), mentioned);
    }

    private ChatMessage changed(long messageId) {
        ChatMessage now = reads.findMessage(messageId).orElseThrow();
        events.publish(new MessageChanged(now));
        return now;
    }

    /** The chat, if the person is a present member and it may be written to now. */
    private Conversation writableConversation(long conversationId, long accountId) {
        Conversation conversation = requireMember(conversationId, accountId);
        if (!conversation.supervised()) {
            throw PartaException.conflict("chat.unsupervised");
        }
        return conversation;
    }

    private Conversation requireMember(long conversationId, long accountId) {
        Conversation conversation = conversations.findById(conversationId)
                .orElseThrow(() -> PartaException.notFound("chat.notFound"));
        members.findByConversationIdAndAccountId(conversationId, accountId)
                .filter(ConversationMember::isPresent)
                .orElseThrow(() -> PartaException.forbidden("chat.notMember"));
        return conversation;
    }

    private void requireReader(long conversationId, long accountId) {
        members.findByConversationIdAndAccountId(conversationId, accountId)
                .filter(ConversationMember::isPresent)
                .orElseThrow(() -> PartaException.notFound("chat.notFound"));
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

    private HeldMessage ownHeld(long heldId, long authorId) {
        HeldMessage waiting = held.findById(heldId)
                .orElseThrow(() -> PartaException.notFound("chat.held.gone"));
        if (waiting.authorId() != authorId) {
            throw PartaException.forbidden("chat.message.notYours");
        }
        return waiting;
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

    private static HeldItem heldItem(HeldMessage message) {
        return new HeldItem(message.id(), message.conversationId(), message.clientKey(), message.body(),
                message.attachments().size(), message.sentAt(), message.deliverAt());
    }
}

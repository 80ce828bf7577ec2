package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.parta.base.InternalStep;
import ru.parta.base.PartaException;
import ru.parta.files.FileService;

/**
 * The chat's side of moderation: the steps the moderation feature takes on messages and members
 * once it has checked the moderator's scope and written its record. Nothing here checks rights; the
 * moderation services do, so these are internal steps only.
 */
@Singleton
public class ChatModeration {

    private final MessageRepository messages;
    private final ConversationRepository conversations;
    private final ConversationMemberRepository members;
    private final MessageDelivery delivery;
    private final ChatReads reads;
    private final FileService files;
    private final Clock clock;

    ChatModeration(MessageRepository messages, ConversationRepository conversations,
                   ConversationMemberRepository members, MessageDelivery delivery, ChatReads reads, FileService files,
                   Clock clock) {
        this.messages = messages;
        this.conversations = conversations;
        this.members = members;
        this.delivery = delivery;
        this.reads = reads;
        this.files = files;
        this.clock = clock;
    }

    /**
     * A moderator hides a message (reason: the category) or shows it again (null): readers see "removed
     * by a moderator" in its place; its text and files stay for the moderators' record.
     */
    @Transactional
    @InternalStep("ModerationService.hideMessage and restoreMessage, after their scope check and record")
    public ChatMessage setMessageHidden(long messageId, @Nullable String reason) {
        Message message = messages.findById(messageId).filter(m -> m.deletedAt() == null)
                .orElseThrow(() -> PartaException.notFound("chat.message.notFound"));
        messages.update(message.hidden(reason == null ? null : clock.instant(), reason));
        return delivery.changed(messageId);
    }

    /** A message as the moderators see it (its text even when hidden), with no membership asked: their scope is theirs to check. */
    @InternalStep("ModerationService, which checks the moderator's scope before showing it")
    public ChatMessage findMessageForModeration(long messageId) {
        return reads.findMessage(messageId).orElseThrow(() -> PartaException.notFound("chat.message.notFound"));
    }

    /** A reported message with a few messages before and after it, for a moderator's queue (scope checked there). */
    public List<ChatMessage> findContextForModeration(long messageId, int around) {
        ChatMessage message = findMessageForModeration(messageId);
        List<ChatMessage> context = new ArrayList<>(reads.findPage(message.conversationId(), messageId, around));
        context.add(message);
        context.addAll(reads.findAfter(message.conversationId(), messageId, around));
        return context;
    }

    /** Mutes a member in a chat until a time (null: lifts it); false when they are not a member. */
    @Transactional
    @InternalStep("ModerationService.muteAuthor, after its scope check and record")
    public boolean setMutedUntil(long conversationId, long accountId, @Nullable Instant until) {
        return members.mute(conversationId, accountId, until) > 0;
    }

    /** Switches a chat's pre-moderation on or off. */
    @Transactional
    @InternalStep("ModerationService.setPremoderation, after its scope check and record")
    public void setPremoderated(long conversationId, boolean on) {
        conversations.premoderate(conversationId, on);
    }

    /**
     * The message as the moderators see it, locked until the caller's transaction ends, so that two
     * moderators acting on it at once decide one after the other (the second sees the first's decision).
     */
    @InternalStep("ModerationService and ReportService, before they check the moderator's scope and decide")
    public ChatMessage lockMessageForModeration(long messageId) {
        messages.findForUpdate(messageId).orElseThrow(() -> PartaException.notFound("chat.message.notFound"));
        return findMessageForModeration(messageId);
    }

    /**
     * A moderator removes one file of a message (the rest of it stays): readers no longer see or
     * download it. A message left with neither text nor files is hidden with the same reason.
     */
    @Transactional
    @InternalStep("ModerationService.removeAttachment, after its scope check and record")
    public ChatMessage removeAttachment(long messageId, long fileId, String reason, long moderatorId) {
        ChatMessage message = findMessageForModeration(messageId);
        if (message.attachments().stream().noneMatch(a -> a.fileId() == fileId)) {
            throw PartaException.notFound("moderation.attachment.gone");
        }
        files.findFile(fileId).ifPresent(file -> files.deleteFile(file, moderatorId));
        if (message.body().isBlank() && message.attachments().size() == 1) {
            return setMessageHidden(messageId, reason);
        }
        return delivery.changed(messageId);
    }
}

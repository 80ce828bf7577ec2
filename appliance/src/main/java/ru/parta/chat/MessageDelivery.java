package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import ru.parta.base.event.EventBus;

/**
 * The writes every delivered message makes, whether posted now or released after quiet hours: the
 * message row, its files and mentions, the chat's last message and the author's read pointer.
 */
@Singleton
class MessageDelivery {

    private final MessageRepository messages;
    private final ConversationRepository conversations;
    private final ReadPointerWriter pointerWriter;
    private final ChatReads reads;
    private final EventBus events;

    MessageDelivery(MessageRepository messages, ConversationRepository conversations, ReadPointerWriter pointerWriter,
                    ChatReads reads, EventBus events) {
        this.messages = messages;
        this.conversations = conversations;
        this.pointerWriter = pointerWriter;
        this.reads = reads;
        this.events = events;
    }

    Message deliver(long conversationId, long authorId, String clientKey, String text, @Nullable Long replyTo,
                            boolean urgent, Instant sentAt, Instant now, List<Long> fileIds, List<Long> mentioned,
                    boolean ackRequired, @Nullable Long pollId) {
        Message saved = messages.save(new Message(null, conversationId, authorId, clientKey, text, replyTo, urgent,
                sentAt, now, null, null, ackRequired, pollId, null, null));
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

    /** Reads a changed message as screens show it and tells them. */
    ChatMessage changed(long messageId) {
        ChatMessage now = reads.findMessage(messageId).orElseThrow();
        events.publish(new MessageChanged(now));
        return now;
    }
}

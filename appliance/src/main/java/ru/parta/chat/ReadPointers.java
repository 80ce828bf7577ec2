package ru.parta.chat;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.InternalStep;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;

/**
 * How far each member has read each chat: the "new messages" divider, unread counts and "read by"
 * ticks. Open screens note what they showed and the pointers are written in one batch a second
 * ({@link ReadPointerFlush}), so a message to a thousand open screens is not a thousand transactions.
 */
@Singleton
public class ReadPointers {

    private final ReadPointerWriter pointerWriter;
    private final ConversationMemberRepository members;
    private final ChatMembership membership;
    private final ChatReads reads;
    private final EventBus events;
    private final Permissions permissions;
    private final ConcurrentHashMap<ReadKey, Long> readSoon = new ConcurrentHashMap<>();

    ReadPointers(ReadPointerWriter pointerWriter, ConversationMemberRepository members, ChatMembership membership,
                 ChatReads reads, EventBus events, Permissions permissions) {
        this.pointerWriter = pointerWriter;
        this.members = members;
        this.membership = membership;
        this.reads = reads;
        this.events = events;
        this.permissions = permissions;
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
     * everyone else's within a few seconds ({@link #flushReadPointers()}). A message to a chat with a
     * thousand open screens would otherwise cost a thousand transactions at once. Nothing is
     * written here, so the actor is not re-read from the database on this hot path (a thousand
     * reads per message): the flush moves only a present member's own pointer, forward, and a
     * screen whose session ends is closed at once ({@code SessionsEnded}).
     */
    public void markReadSoon(long conversationId, long upTo, Actor actor) {
        if (actor.isSystem()) {
            throw PartaException.forbidden("permission.denied");
        }
        long accountId = actor.accountId();
        readSoon.merge(new ReadKey(conversationId, accountId), upTo, Math::max);
    }

    /**
     * A message reached tabs that have its chat open: their people have read it, written with the
     * other noted pointers within a few seconds. The live hub says who they are; the flush moves only a
     * present member's pointer, and never back.
     */
    @InternalStep("ChatLive, for the accounts whose signed-in tabs follow the chat (checked when they followed)")
    public void markReadByFollowers(long conversationId, long upTo, long authorId, long[] accountIds) {
        for (long accountId : accountIds) {
            if (accountId != authorId) {
                readSoon.merge(new ReadKey(conversationId, accountId), upTo, Math::max);
            }
        }
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

    /** For the author's own messages: how many other members have read each. */
    public Map<Long, Integer> countReaders(long conversationId, List<Long> messageIds, long viewerId) {
        membership.requireReader(conversationId, viewerId);
        return reads.countReaders(conversationId, messageIds);
    }

    /** The last message this member had seen: where the "new messages" divider goes. */
    public long findReadPointer(long conversationId, long accountId) {
        return members.findByConversationIdAndAccountId(conversationId, accountId)
                .filter(ConversationMember::isPresent).map(ConversationMember::readUpTo)
                .orElseThrow(() -> PartaException.notFound("chat.notFound"));
    }

    private record ReadKey(long conversationId, long accountId) {
    }
}

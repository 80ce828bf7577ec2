package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import ru.parta.live.LiveFrame;

/**
 * A message as the browser draws it (chat.js), made once and the same for every reader and every
 * language: ids, the author's name, the instant, the text cut into text / link / mention pieces,
 * the quote, files and reactions. Whose it is, whether it mentions the viewer, which reaction is
 * theirs, the time in the school's zone and every label the page works out or holds itself.
 */
@Singleton
public class ChatFrames {

    private final JsonMapper json;
    private final ChatReads reads;
    private final ChatMembership membership;

    ChatFrames(JsonMapper json, ChatReads reads, ChatMembership membership) {
        this.json = json;
        this.reads = reads;
        this.membership = membership;
    }

    /** Kinds of frames on a chat's topic. */
    public static final String POSTED = "posted";
    public static final String CHANGED = "changed";
    public static final String READS = "reads";
    public static final String PINNED = "pinned";

    LiveFrame posted(ChatMessage message) {
        return new LiveFrame(POSTED, describeMessage(message));
    }

    LiveFrame changed(ChatMessage message) {
        return new LiveFrame(CHANGED, describeMessage(message));
    }

    /** The chat's pinned message changed: the message as JSON, or null when unpinned. */
    LiveFrame pinned(@Nullable ChatMessage message) {
        return new LiveFrame(PINNED, message == null ? "null" : describeMessage(message));
    }

    /** One message as JSON. */
    public String describeMessage(ChatMessage message) {
        return write(bubble(message, names(message.mentionIds())));
    }

    /** A page of messages, oldest first, as a JSON array: the names of all their mentions in one query. */
    public String describePage(List<ChatMessage> page) {
        Map<Long, String> names = names(page.stream().flatMap(m -> m.mentionIds().stream()).distinct().toList());
        return write(page.stream().map(m -> bubble(m, names)).toList());
    }

    /** Who has read how far: what "read by N of M" under one's own messages is worked out from. */
    LiveFrame reads(long conversationId) {
        return new LiveFrame(READS, write(reads.readPointers(conversationId)));
    }

    /** The read pointers for a screen opening the chat: only a member's. */
    public String findReads(long conversationId, long viewerId) {
        membership.requireReader(conversationId, viewerId);
        return write(reads.readPointers(conversationId));
    }

    private Map<Long, String> names(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? Map.of() : reads.findNames(accountIds);
    }

    private static Bubble bubble(ChatMessage message, Map<Long, String> names) {
        Quote quote = message.deleted() || message.replyTo() == null ? null
                : new Quote(message.replyTo().authorName(), message.replyTo().deleted() ? null : message.replyTo().snippet(),
                message.replyTo().deleted());
        List<List<String>> body = new ArrayList<>();
        List<File> files = new ArrayList<>();
        boolean shown = !message.deleted() && !message.hidden();
        if (shown) {
            List<String> mentioned = message.mentionIds().stream().map(names::get).filter(java.util.Objects::nonNull)
                    .toList();
            for (LinkedText.Piece piece : LinkedText.pieces(message.body(), mentioned)) {
                body.add(switch (piece.kind()) {
                    case TEXT -> List.of("t", piece.text());
                    case LINK -> List.of("a", piece.text(), piece.href());
                    case MENTION -> List.of("m", piece.text());
                });
            }
            message.attachments().forEach(f -> files.add(new File(f.fileId(), f.name(), f.image(), f.size())));
        }
        return new Bubble(message.id(), message.authorId(), message.authorName(), message.authorVerified(),
                message.deliveredAt().toEpochMilli(), message.urgent(), message.deleted(), message.editedAt() != null,
                message.mentionIds(), quote, shown ? body : null, files,
                message.reactions().stream().map(r -> new Reaction(r.emoji(), r.accountIds())).toList(),
                message.ackRequired() && shown, shown ? message.pollId() : null,
                message.deleted() ? null : message.hiddenReason());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Serdeable
    record Bubble(long id, long authorId, String author, boolean verified, long at, boolean urgent, boolean deleted,
                  boolean edited, List<Long> mentions, @Nullable Quote quote, @Nullable List<List<String>> body,
                  List<File> files, List<Reaction> reactions, boolean ack, @Nullable Long poll,
                  @Nullable String hidden) {
    }

    @Serdeable
    record Quote(String author, @Nullable String text, boolean deleted) {
    }

    @Serdeable
    record File(long id, String name, boolean image, long size) {
    }

    @Serdeable
    record Reaction(String emoji, List<Long> ids) {
    }

    /**
     * Members' read pointers, as [pointer, how many members] pairs, highest first: a message is
     * read by everyone whose pointer is at or past it (its author included, whom the page leaves
     * out). {@code members} counts the present members.
     */
    @Serdeable
    public record ReadPointers(int members, List<long[]> pointers) {
    }
}

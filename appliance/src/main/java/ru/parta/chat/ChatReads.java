package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.parta.base.Sql;
import ru.parta.school.ClassLabel;

/**
 * The read side of chats, as a few set-based queries: a person's chat list in one query (plus
 * one for direct chats' names), a page of history in four whatever its size.
 */
@Singleton
class ChatReads {

    static final int SNIPPET = 120;
    /** Unread counts stop here ("99+" on screen): counting half a million unread costs seconds. */
    static final int UNREAD_CAP = 100;

    private final JdbcOperations jdbc;

    ChatReads(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Someone's chats: unread first, then by latest activity. One query for the list; then, only
     * for chats with something new since the reader's pointer, a capped count each.
     */
    @Transactional(readOnly = true)
    List<ChatSummary> findChats(long accountId) {
        Sql sql = new Sql().append("""
                SELECT c.id, c.kind, c.title, sc.grade, sc.letter, g.name, c.member_count, c.last_activity_at,
                  m.read_up_to, c.last_message_id, la.full_name, lm.body, COALESCE(lm.deleted_at, lm.hidden_at),
                  (SELECT COUNT(*) FROM message_attachment ma WHERE ma.message_id = lm.id), m.may_post, c.system_key
                FROM conversation_member m
                JOIN conversation c ON c.id = m.conversation_id
                LEFT JOIN school_class sc ON sc.id = c.class_id
                LEFT JOIN school_group g ON g.id = c.group_id
                LEFT JOIN message lm ON lm.id = c.last_message_id
                LEFT JOIN account la ON la.id = lm.author_id
                WHERE m.account_id = ? AND m.left_at IS NULL""", accountId);
        List<ChatSummary> chats = sql.query(jdbc, rs -> {
            ConversationKind kind = ConversationKind.valueOf(rs.getString(2));
            String name = switch (kind) {
                case CLASS, PARENTS -> ClassLabel.of(rs.getInt(4), rs.getString(5));
                case GROUP -> rs.getString(6);
                case CUSTOM, DIRECT, CHANNEL -> rs.getString(3) == null ? "" : rs.getString(3);
            };
            long readUpTo = rs.getLong(9);
            long last = rs.getLong(10);
            long conversationId = rs.getLong(1);
            int unread = last > readUpTo ? countNew(conversationId, readUpTo, accountId, false) : 0;
            int mentions = unread > 0 ? countNew(conversationId, readUpTo, accountId, true) : 0;
            String body = rs.getString(12);
            return new ChatSummary(conversationId, kind, name, rs.getInt(7), Sql.instant(rs.getObject(8)), unread,
                    mentions, rs.getString(11), body == null ? null : snippet(body), rs.getObject(13) != null,
                    rs.getInt(14), last, rs.getBoolean(15), rs.getString(16));
        });
        Map<Long, String> directNames = directNames(accountId);
        return chats.stream()
                .map(c -> c.kind() == ConversationKind.DIRECT
                        ? new ChatSummary(c.conversationId(), c.kind(), directNames.getOrDefault(c.conversationId(), ""),
                        c.memberCount(), c.lastActivityAt(), c.unread(), c.unreadMentions(), c.lastAuthor(),
                        c.lastText(), c.lastDeleted(), c.lastAttachments(), c.lastMessageId(), c.mayPost(),
                        c.systemKey())
                        : c)
                .sorted(Comparator.comparing((ChatSummary c) -> c.unread() == 0)
                        .thenComparing(ChatSummary::lastActivityAt, Comparator.reverseOrder()))
                .toList();
    }

    /** Others' messages (or mentions of the reader) after the pointer, counted up to {@link #UNREAD_CAP}. */
    private int countNew(long conversationId, long readUpTo, long accountId, boolean mentionsOnly) {
        Sql sql = new Sql().append("SELECT COUNT(*) FROM (SELECT 1 FROM message x");
        if (mentionsOnly) {
            sql.append(" JOIN message_mention mm ON mm.message_id = x.id AND mm.account_id = ?", accountId);
        }
        sql.append(" WHERE x.conversation_id = ? AND x.id > ? AND x.author_id <> ? AND x.deleted_at IS NULL"
                + " LIMIT ?) n", conversationId, readUpTo, accountId, UNREAD_CAP);
        return sql.query(jdbc, rs -> rs.getInt(1)).getFirst();
    }

    /** The other people of each of someone's direct chats, by name. */
    private Map<Long, String> directNames(long accountId) {
        Sql sql = new Sql().append("""
                SELECT o.conversation_id, a.full_name FROM conversation_member m
                JOIN conversation c ON c.id = m.conversation_id AND c.kind = 'DIRECT'
                JOIN conversation_member o ON o.conversation_id = c.id AND o.account_id <> m.account_id
                JOIN account a ON a.id = o.account_id
                WHERE m.account_id = ? AND m.left_at IS NULL ORDER BY o.id""", accountId);
        Map<Long, String> names = new HashMap<>();
        sql.query(jdbc, rs -> names.merge(rs.getLong(1), rs.getString(2), (a, b) -> a + ", " + b));
        return names;
    }

    /** Up to {@code limit} messages before {@code beforeId} (or the latest), oldest first. */
    @Transactional(readOnly = true)
    List<ChatMessage> findPage(long conversationId, @Nullable Long beforeId, int limit) {
        // The page is chosen first, off the descending (conversation, id) index alone, ordered exactly
        // as the index is: otherwise H2 read and sorted the chat's whole history (seconds at 500,000).
        Sql sql = select("(SELECT * FROM message WHERE conversation_id = ?", conversationId);
        if (beforeId != null) {
            sql.append(" AND id < ?", beforeId);
        }
        sql.append(" ORDER BY conversation_id DESC, id DESC LIMIT ?) m", limit).append(JOINS)
                .append(" ORDER BY m.id DESC");
        List<ChatMessage> newestFirst = decorate(sql.query(jdbc, ChatReads::bare));
        List<ChatMessage> page = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(page);
        return page;
    }

    /** Up to {@code limit} messages after {@code afterId}, oldest first: what a tab away for long missed. */
    @Transactional(readOnly = true)
    List<ChatMessage> findAfter(long conversationId, long afterId, int limit) {
        Sql sql = select("(SELECT * FROM message WHERE conversation_id = ? AND id > ?", conversationId, afterId)
                .append(" ORDER BY id LIMIT ?) m", limit).append(JOINS).append(" ORDER BY m.id");
        return decorate(sql.query(jdbc, ChatReads::bare));
    }

    @Transactional(readOnly = true)
    java.util.Optional<ChatMessage> findMessage(long messageId) {
        return decorate(select("message m").append(JOINS).append(" WHERE m.id = ?", messageId)
                .query(jdbc, ChatReads::bare)).stream().findFirst();
    }

    /**
     * For each message, how many members other than its author have read it. The members' read
     * pointers are read once and counted here: a subquery per message over every member cost a big
     * chat's authors 20 x 1,000 row checks each time their "read by" figures refreshed.
     */
    @Transactional(readOnly = true)
    Map<Long, Integer> countReaders(long conversationId, Collection<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> authors = new HashMap<>();
        new Sql().append("SELECT id, author_id FROM message WHERE conversation_id = ? AND id IN ", conversationId)
                .appendIn(messageIds).query(jdbc, rs -> authors.put(rs.getLong(1), rs.getLong(2)));
        Map<Long, Long> pointers = new HashMap<>();
        new Sql().append("SELECT account_id, read_up_to FROM conversation_member WHERE conversation_id = ?"
                + " AND left_at IS NULL", conversationId).query(jdbc, rs -> pointers.put(rs.getLong(1), rs.getLong(2)));
        long[] sorted = pointers.values().stream().mapToLong(Long::longValue).sorted().toArray();
        Map<Long, Integer> readers = new HashMap<>();
        authors.forEach((messageId, authorId) -> {
            int readSoFar = sorted.length - firstAtLeast(sorted, messageId);
            Long authorPointer = pointers.get(authorId);
            boolean authorCounted = authorPointer != null && authorPointer >= messageId;
            readers.put(messageId, readSoFar - (authorCounted ? 1 : 0));
        });
        return readers;
    }

    /** The index of the first value not below {@code key} in an ascending array (its length if none). */
    private static int firstAtLeast(long[] ascending, long key) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ascending[middle] < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static final String JOINS = """
             JOIN account a ON a.id = m.author_id
            LEFT JOIN message r ON r.id = m.reply_to_id
            LEFT JOIN account ra ON ra.id = r.author_id""";

    private static Sql select(String from, Object... values) {
        return new Sql().append("""
                SELECT m.id, m.conversation_id, m.author_id, a.full_name, a.teacher_verified, m.body, m.urgent,
                  m.delivered_at, m.edited_at, m.deleted_at, m.reply_to_id, r.author_id, ra.full_name, r.body,
                  r.deleted_at, m.ack_required, m.poll_id, m.hidden_reason, r.hidden_reason
                FROM\s""").append(from, values);
    }

    private static ChatMessage bare(java.sql.ResultSet rs) throws java.sql.SQLException {
        Object replyTo = rs.getObject(11);
        // A quote of a message since deleted or hidden by a moderator shows as such, not its text.
        boolean quoteGone = rs.getObject(15) != null || rs.getString(19) != null;
        ChatMessage.Quote quote = replyTo == null ? null
                : new ChatMessage.Quote(rs.getLong(11), rs.getString(13), quoteGone ? "" : snippet(rs.getString(14)),
                quoteGone);
        return new ChatMessage(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5),
                rs.getString(6), quote, rs.getBoolean(7), Sql.instant(rs.getObject(8)),
                rs.getObject(9) == null ? null : Sql.instant(rs.getObject(9)), rs.getObject(10) != null, List.of(),
                List.of(), List.of(), rs.getBoolean(16), rs.getObject(17) == null ? null : rs.getLong(17), rs.getString(18));
    }

    /** Adds attachments, reactions and mentions: three queries for the whole page. */
    private List<ChatMessage> decorate(List<ChatMessage> bare) {
        if (bare.isEmpty()) {
            return bare;
        }
        List<Long> ids = bare.stream().map(ChatMessage::id).toList();
        Map<Long, List<ChatMessage.Attachment>> attachments = new HashMap<>();
        new Sql().append("""
                SELECT ma.message_id, f.id, f.name, f.media_type, f.size, f.download_only FROM message_attachment ma
                JOIN stored_file f ON f.id = ma.file_id
                WHERE f.deleted_at IS NULL AND ma.message_id IN """).appendIn(ids).append(" ORDER BY ma.position")
                .query(jdbc, rs -> attachments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ChatMessage.Attachment(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                                rs.getString(4).startsWith("image/") && !rs.getBoolean(6))));
        Map<Long, Map<String, List<Long>>> reactions = new HashMap<>();
        new Sql().append("SELECT message_id, emoji, account_id FROM message_reaction WHERE message_id IN ")
                .appendIn(ids).append(" ORDER BY message_id, emoji, account_id")
                .query(jdbc, rs -> reactions.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getLong(3)));
        Map<Long, List<Long>> mentions = new HashMap<>();
        new Sql().append("SELECT message_id, account_id FROM message_mention WHERE message_id IN ").appendIn(ids)
                .query(jdbc, rs -> mentions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)));
        return bare.stream().map(m -> new ChatMessage(m.id(), m.conversationId(), m.authorId(), m.authorName(),
                m.authorVerified(), m.body(), m.replyTo(), m.urgent(), m.deliveredAt(), m.editedAt(), m.deleted(),
                m.deleted() ? List.of() : attachments.getOrDefault(m.id(), List.of()),
                reactions.getOrDefault(m.id(), Map.of()).entrySet().stream()
                        .map(e -> new ChatMessage.Reaction(e.getKey(), e.getValue())).toList(),
                mentions.getOrDefault(m.id(), List.of()), m.ackRequired(), m.pollId(), m.hiddenReason())).toList();
    }

    /** The present members' read pointers, counted per pointer, highest first (one query). */
    @Transactional(readOnly = true)
    ChatFrames.ReadPointers readPointers(long conversationId) {
        List<long[]> pointers = new ArrayList<>();
        int[] members = {0};
        new Sql().append("SELECT read_up_to, COUNT(*) FROM conversation_member WHERE conversation_id = ?"
                + " AND left_at IS NULL GROUP BY read_up_to ORDER BY read_up_to DESC", conversationId)
                .query(jdbc, rs -> {
                    pointers.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    members[0] += rs.getInt(2);
                    return null;
                });
        return new ChatFrames.ReadPointers(members[0], pointers);
    }

    /** Account names by id, for the mentions in messages. */
    @Transactional(readOnly = true)
    Map<Long, String> findNames(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        new Sql().append("SELECT id, full_name FROM account WHERE id IN ").appendIn(accountIds)
                .query(jdbc, rs -> names.put(rs.getLong(1), rs.getString(2)));
        return names;
    }

    static String snippet(String body) {
        String flat = body.replace('\n', ' ');
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET - 1) + "…";
    }

}

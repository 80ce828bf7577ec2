package ru.parta.chat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * The one place read pointers move, forward only (an old screen marking an older message read
 * changes nothing). Many move in one JDBC batch: after a message to a big chat, a thousand open
 * screens' pointers move together each second, and a repository call each cost more than the
 * updates themselves. Runs in the caller's transaction.
 */
@Singleton
class ReadPointerWriter {

    private final JdbcOperations jdbc;

    ReadPointerWriter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One pointer to move to {@code upTo}. */
    record Move(long conversationId, long accountId, long upTo) {
    }

    /** Whether this one pointer moved. */
    boolean moveForward(long conversationId, long accountId, long upTo) {
        return moveForward(List.of(new Move(conversationId, accountId, upTo)))[0];
    }

    /** For each move, in order, whether the pointer moved. */
    boolean[] moveForward(List<Move> moves) {
        if (moves.isEmpty()) {
            return new boolean[0];
        }
        return jdbc.prepareStatement("UPDATE conversation_member SET read_up_to = ? WHERE conversation_id = ?"
                + " AND account_id = ? AND read_up_to < ? AND left_at IS NULL", (PreparedStatement statement) -> {
                    for (Move move : moves) {
                        statement.setLong(1, move.upTo());
                        statement.setLong(2, move.conversationId());
                        statement.setLong(3, move.accountId());
                        statement.setLong(4, move.upTo());
                        statement.addBatch();
                    }
                    int[] counts = statement.executeBatch();
                    boolean[] moved = new boolean[counts.length];
                    for (int i = 0; i < counts.length; i++) {
                        moved[i] = counts[i] > 0;
                    }
                    return moved;
                });
    }
}

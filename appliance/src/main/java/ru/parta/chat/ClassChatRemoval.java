package ru.parta.chat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import ru.parta.school.ClassDependents;

/**
 * Every class gets its class and parent chats at once; a class made by mistake takes them along
 * when it is deleted, unless someone has written in them (then the class stays, and so do they).
 */
@Singleton
class ClassChatRemoval implements ClassDependents {

    private final JdbcOperations jdbc;

    ClassChatRemoval(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String keeps(long classId) {
        Integer written = jdbc.prepareStatement("""
                SELECT (SELECT COUNT(*) FROM message m JOIN conversation c ON c.id = m.conversation_id
                         WHERE c.class_id = ?)
                     + (SELECT COUNT(*) FROM held_message h JOIN conversation c ON c.id = h.conversation_id
                         WHERE c.class_id = ?)""", statement -> {
            statement.setLong(1, classId);
            statement.setLong(2, classId);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        return written > 0 ? "class.delete.hasMessages" : null;
    }

    @Override
    public void releaseClass(long classId) {
        for (String sql : new String[] {
                "DELETE FROM chat_link WHERE conversation_id IN (SELECT id FROM conversation WHERE class_id = ?)",
                "DELETE FROM conversation_member WHERE conversation_id IN (SELECT id FROM conversation WHERE class_id = ?)",
                "DELETE FROM conversation WHERE class_id = ?"}) {
            jdbc.prepareStatement(sql, statement -> {
                statement.setLong(1, classId);
                return statement.executeUpdate();
            });
        }
    }
}

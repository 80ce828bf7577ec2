package ru.parta.bench;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a whole school straight into a stopped appliance's database (its schema made by the
 * appliance's own migrations on a first start): people, classes, the staff room, a school-wide
 * chat and a long history. Class, parent and staff-room chats are left to the appliance, which
 * makes them from the roster when it starts, as it does for a real school.
 *
 * <p>Bulk SQL (INSERT … SELECT over H2's SYSTEM_RANGE) rather than the services: a million
 * messages through the write path would take an hour and prove nothing the benchmark measures.
 */
final class BenchSchool {

    static final String PASSWORD = "Bench-2026-parta";
    static final String SCHOOL_CHAT = "Вся школа";
    static final int CLASS_SIZE = 25;
    private static final String[] LETTERS = {"А", "Б", "В", "Г", "Д", "Е"};
    private static final String[] SURNAMES = {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров",
            "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов",
            "Егоров", "Павлов", "Козлов", "Степанов", "Николаев"};
    private static final String[] NAMES = {"Александр", "Мария", "Дмитрий", "Анна", "Максим", "София", "Иван",
            "Анастасия", "Артём", "Виктория", "Михаил", "Полина", "Кирилл", "Елизавета", "Егор", "Дарья"};

    /** How big a school to make. */
    record Size(int classes, int staff, int parents, int schoolChatMembers, int history) {
        static final Size FULL = new Size(60, 120, 1_000, 1_000, 1_000_000);

        int students() {
            return classes * CLASS_SIZE;
        }
    }

    /** Login of the n-th (from 1) person of each kind. */
    static String staffLogin(int n) {
        return "staff" + n;
    }

    static String studentLogin(int n) {
        return "student" + n;
    }

    private final Path dataDir;
    private final Size size;

    BenchSchool(Path dataDir, Size size) {
        this.dataDir = dataDir;
        this.size = size;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("parta") + ";WRITE_DELAY=0", "parta", "");
    }

    /** Step 1, on a schema the appliance has just made: the school, its people, classes and staff room. */
    void writeRoster() throws SQLException {
        String hash = Password.hash(PASSWORD).addRandomSalt(16)
                .with(Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID)).getResult();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            // Quiet hours off (equal times): the benchmark measures delivery, not overnight holding.
            s.execute("MERGE INTO school (id, name, time_zone, created_at, quiet_from, quiet_until, academic_year) KEY (id)"
                    + " VALUES (1, 'МБОУ «Школа для замеров»', 'Europe/Moscow', CURRENT_TIMESTAMP, TIME '00:00:00',"
                    + " TIME '00:00:00', 2026)");
            s.execute("MERGE INTO setup_state (id, completed_at) KEY (id) VALUES (1, CURRENT_TIMESTAMP)");
            insertPeople(c, "staff", size.staff(), hash);
            insertPeople(c, "student", size.students(), hash);
            insertPeople(c, "parent", size.parents(), hash);
            s.execute("INSERT INTO account_role (account_id, role) SELECT id, 'TEACHER' FROM account WHERE login LIKE 'staff%'");
            s.execute("UPDATE account SET teacher_verified = TRUE WHERE login LIKE 'staff%'");
            s.execute("INSERT INTO account_role (account_id, role) SELECT id, 'ADMIN' FROM account WHERE login = 'staff1'");
            s.execute("INSERT INTO account_role (account_id, role) SELECT id, 'DIRECTOR' FROM account WHERE login = 'staff2'");
            s.execute("INSERT INTO account_role (account_id, role) SELECT id, 'STUDENT' FROM account WHERE login LIKE 'student%'");
            s.execute("INSERT INTO account_role (account_id, role) SELECT id, 'PARENT' FROM account WHERE login LIKE 'parent%'");
            try (PreparedStatement klass = c.prepareStatement("INSERT INTO school_class (grade, letter, active_label,"
                    + " class_teacher_id, created_at) VALUES (?, ?, ?, (SELECT id FROM account WHERE login = ?), CURRENT_TIMESTAMP)")) {
                for (int i = 0; i < size.classes(); i++) {
                    int grade = 1 + i / LETTERS.length % 11;
                    String letter = LETTERS[i % LETTERS.length];
                    klass.setInt(1, grade);
                    klass.setString(2, letter);
                    klass.setString(3, grade + letter);
                    klass.setString(4, staffLogin(3 + i % (size.staff() - 2)));
                    klass.addBatch();
                }
                klass.executeBatch();
            }
            // Each class: its class teacher teaches it, and three subject teachers from the rest of the staff.
            s.execute("INSERT INTO teaching (class_id, teacher_id, subject) SELECT id, class_teacher_id, 'Классный час'"
                    + " FROM school_class");
            s.execute("INSERT INTO teaching (class_id, teacher_id, subject) SELECT k.id, a.id, 'Предмет ' || r.x"
                    + " FROM school_class k CROSS JOIN SYSTEM_RANGE(1, 3) r JOIN account a"
                    + " ON a.login = 'staff' || (3 + MOD(k.id * 3 + r.x * 7, " + (size.staff() - 2) + "))"
                    + " WHERE a.id <> k.class_teacher_id");
            s.execute("INSERT INTO enrolment (student_id, class_id) SELECT a.id, k.id FROM account a JOIN"
                    + " (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM school_class) k"
                    + " ON k.n = (CAST(SUBSTRING(a.login, 8) AS INT) - 1) / " + CLASS_SIZE + " WHERE a.login LIKE 'student%'");
            // Parent n has student n; the first fifth of parents have a second child too.
            s.execute("INSERT INTO guardianship (parent_id, child_id) SELECT p.id, c.id FROM account p JOIN account c"
                    + " ON c.login = 'student' || SUBSTRING(p.login, 7) WHERE p.login LIKE 'parent%'");
            s.execute("INSERT INTO guardianship (parent_id, child_id) SELECT p.id, c.id FROM account p JOIN account c"
                    + " ON c.login = 'student' || (CAST(SUBSTRING(p.login, 7) AS INT) + " + size.parents() + ")"
                    + " WHERE p.login LIKE 'parent%' AND CAST(SUBSTRING(p.login, 7) AS INT) <= " + size.parents() / 5);
            s.execute("INSERT INTO group_member (group_id, account_id) SELECT g.id, a.id FROM school_group g"
                    + " JOIN account a ON a.login LIKE 'staff%' WHERE g.kind = 'STAFF_ROOM'");
            c.commit();
        }
    }

    private static void insertPeople(Connection c, String kind, int count, String hash) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO account (login, full_name, name_key, password_hash,"
                + " enabled, status, created_at) VALUES (?, ?, ?, ?, TRUE, 'ACTIVE', CURRENT_TIMESTAMP)")) {
            for (int n = 1; n <= count; n++) {
                String name = SURNAMES[n % SURNAMES.length] + " " + NAMES[(n / SURNAMES.length) % NAMES.length]
                        + " (" + kind.charAt(0) + n + ")";
                insert.setString(1, kind + n);
                insert.setString(2, name);
                insert.setString(3, name.toLowerCase(java.util.Locale.ROOT));
                insert.setString(4, hash);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Step 2, after the appliance has made the class and staff-room chats: the school-wide chat
     * (all staff and students up to its size) and the history, a share in the school-wide chat and
     * the rest spread over the class chats. Returns the school-wide chat's id.
     */
    long writeChatsAndHistory() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            long admin = single(s, "SELECT id FROM account WHERE login = 'staff1'");
            s.execute("INSERT INTO conversation (kind, title, created_by, created_at, last_activity_at, member_count,"
                    + " supervised) VALUES ('CUSTOM', '" + SCHOOL_CHAT + "', " + admin + ", CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP, 0, TRUE)");
            long chat = single(s, "SELECT id FROM conversation WHERE kind = 'CUSTOM' AND title = '" + SCHOOL_CHAT + "'");
            s.execute("INSERT INTO conversation_member (conversation_id, account_id, managed, joined_at, read_up_to)"
                    + " SELECT " + chat + ", id, FALSE, CURRENT_TIMESTAMP, 0 FROM account"
                    + " WHERE login LIKE 'staff%' OR login LIKE 'student%' ORDER BY id LIMIT " + size.schoolChatMembers());
            s.execute("UPDATE conversation SET member_count = (SELECT COUNT(*) FROM conversation_member WHERE"
                    + " conversation_id = " + chat + ") WHERE id = " + chat);
            c.commit();

            List<Long> classChats = new ArrayList<>();
            try (ResultSet rows = s.executeQuery("SELECT id FROM conversation WHERE kind = 'CLASS' ORDER BY id")) {
                while (rows.next()) {
                    classChats.add(rows.getLong(1));
                }
            }
            if (classChats.isEmpty()) {
                throw new IllegalStateException("the appliance made no class chats from the roster");
            }
            int inSchoolChat = size.history() * 2 / 5;
            insertHistory(c, s, chat, "(SELECT MIN(id) FROM account WHERE login LIKE 'staff%') + MOD(x, "
                    + size.staff() + ")", inSchoolChat);
            int perClass = (size.history() - inSchoolChat) / classChats.size();
            for (long classChat : classChats) {
                long teacher = single(s, "SELECT k.class_teacher_id FROM conversation v JOIN school_class k"
                        + " ON k.id = v.class_id WHERE v.id = " + classChat);
                insertHistory(c, s, classChat, Long.toString(teacher), perClass);
            }
            // Everyone has read what was there; the latest message and its time lead each chat list.
            s.execute("UPDATE conversation v SET last_message_id = (SELECT MAX(id) FROM message m WHERE"
                    + " m.conversation_id = v.id), last_activity_at = CURRENT_TIMESTAMP WHERE EXISTS"
                    + " (SELECT 1 FROM message m WHERE m.conversation_id = v.id)");
            s.execute("UPDATE conversation_member cm SET read_up_to = COALESCE((SELECT last_message_id FROM"
                    + " conversation v WHERE v.id = cm.conversation_id), 0)");
            c.commit();
            return chat;
        }
    }

    private static void insertHistory(Connection c, Statement s, long chat, String authorExpression, int count)
            throws SQLException {
        int chunk = 100_000;
        for (int from = 1; from <= count; from += chunk) {
            int to = Math.min(count, from + chunk - 1);
            s.execute("INSERT INTO message (conversation_id, author_id, client_key, body, urgent, sent_at, delivered_at)"
                    + " SELECT " + chat + ", " + authorExpression + ", 'h" + chat + "-' || x,"
                    + " 'Сообщение ' || x || ': домашнее задание на завтра — параграф ' || MOD(x, 40)"
                    + " || ', упражнения ' || MOD(x, 9) || '–' || (MOD(x, 9) + 3) || '.', FALSE,"
                    + " DATEADD('SECOND', x - " + count + ", CURRENT_TIMESTAMP), DATEADD('SECOND', x - " + count
                    + ", CURRENT_TIMESTAMP) FROM SYSTEM_RANGE(" + from + ", " + to + ")");
            c.commit();
        }
    }

    /** Each student's class chat, read while the appliance is stopped. */
    java.util.Map<String, Long> studentClassChats() throws SQLException {
        java.util.Map<String, Long> chats = new java.util.HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(
                "SELECT a.login, v.id FROM account a JOIN enrolment e ON e.student_id = a.id JOIN conversation v"
                        + " ON v.class_id = e.class_id AND v.kind = 'CLASS'")) {
            while (rows.next()) {
                chats.put(rows.getString(1), rows.getLong(2));
            }
        }
        return chats;
    }

    /** The staff room's chat, read while the appliance is stopped. */
    long staffRoomChat() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            return single(s, "SELECT v.id FROM conversation v JOIN school_group g ON g.id = v.group_id"
                    + " WHERE v.kind = 'GROUP' AND g.kind = 'STAFF_ROOM'");
        }
    }

    /** The school channel (made by the appliance at its first start), read while it is stopped. */
    long schoolChannel() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            return single(s, "SELECT id FROM conversation WHERE kind = 'CHANNEL' AND system_key = 'SCHOOL'");
        }
    }

    /** Ids of the first {@code count} members of the school-wide chat, staff first, as logins. */
    List<String> schoolChatLogins(int count) {
        List<String> logins = new ArrayList<>();
        for (int n = 1; n <= size.staff() && logins.size() < count; n++) {
            logins.add(staffLogin(n));
        }
        for (int n = 1; logins.size() < count && n <= size.schoolChatMembers() - size.staff(); n++) {
            logins.add(studentLogin(n));
        }
        return logins;
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rows = s.executeQuery(sql)) {
            if (!rows.next()) {
                throw new IllegalStateException("nothing for " + sql);
            }
            return rows.getLong(1);
        }
    }
}

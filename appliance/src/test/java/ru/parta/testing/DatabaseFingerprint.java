package ru.parta.testing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The whole database's content as one comparable value, for "nothing was written" checks: each
 * table's rows, read in a stable order. Small test schools only.
 */
public final class DatabaseFingerprint {

    private DatabaseFingerprint() {
    }

    /** Every table's rows but those of the tables named in {@code ignored} (lower case). */
    public static Map<String, List<String>> take(JdbcOperations jdbc, Set<String> ignored) {
        return jdbc.execute(c -> {
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                            + " AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, List<String>> content = new TreeMap<>();
            for (String table : tables) {
                if (ignored.contains(table.toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                content.put(table, rows);
            }
            return content;
        });
    }
}

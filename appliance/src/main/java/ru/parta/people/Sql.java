package ru.parta.people;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A statement built in pieces with its parameters kept in order beside the text. */
final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Sql append(String fragment, Object... values) {
        text.append(fragment);
        parameters.addAll(List.of(values));
        return this;
    }

    /** "(?, ?, ?)" for the values; callers never pass an empty collection. */
    Sql appendIn(Collection<?> values) {
        text.append('(');
        for (int i = 0; i < values.size(); i++) {
            text.append(i == 0 ? "?" : ", ?");
        }
        text.append(')');
        parameters.addAll(values);
        return this;
    }

    String text() {
        return text.toString();
    }

    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** Escapes LIKE wildcards in what a person typed, so "%" searches for a percent sign. */
    static String likeContains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

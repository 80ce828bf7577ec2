package ru.parta.people;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import ru.parta.access.PersonName;

/**
 * The columns a roster may have, each known by the headers schools actually use (compared
 * without case, "ё", spaces, quotes or a trailing colon/asterisk). The first header is the
 * canonical one shown in messages and the example files.
 */
public enum RosterColumn {
    NAME("ФИО", "ф.и.о.", "фамилия имя отчество", "фио родителя", "родитель", "законный представитель",
            "фио родителя (законного представителя)", "фио сотрудника", "сотрудник", "фио ученика", "full name", "name"),
    LAST_NAME("Фамилия", "last name", "surname"),
    FIRST_NAME("Имя", "first name"),
    MIDDLE_NAME("Отчество", "middle name", "patronymic"),
    CLASS("Класс", "class"),
    BIRTH_DATE("Дата рождения", "дата рожд.", "birth date", "date of birth"),
    CHILD("ФИО ребёнка", "ребенок", "фио обучающегося", "обучающийся", "child"),
    PHONE("Телефон", "тел.", "мобильный телефон", "phone"),
    EMAIL("E-mail", "email", "эл. почта", "электронная почта", "e-mail адрес"),
    ROLES("Роли", "роль", "должность", "roles"),
    CLASSES("Классы", "classes"),
    SUBJECTS("Предметы", "предмет", "subjects"),
    CLASS_TEACHER_OF("Классный руководитель", "классное руководство", "class teacher of");

    private final String canonical;
    private final List<String> keys;

    RosterColumn(String canonical, String... aliases) {
        this.canonical = canonical;
        this.keys = java.util.stream.Stream.concat(java.util.stream.Stream.of(canonical), Arrays.stream(aliases))
                .map(RosterColumn::headerKey).toList();
    }

    public String canonical() {
        return canonical;
    }

    static Optional<RosterColumn> byHeader(String header) {
        String key = headerKey(header);
        return Arrays.stream(values()).filter(column -> column.keys.contains(key)).findFirst();
    }

    static String headerKey(String header) {
        String key = PersonName.key(header.replace("\uFEFF", "").replace("\"", ""));
        while (key.endsWith(":") || key.endsWith("*")) {
            key = key.substring(0, key.length() - 1).strip();
        }
        return key;
    }
}

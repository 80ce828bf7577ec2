package ru.parta.base.i18n;

import java.util.List;

/** A message key with its arguments, translated where a person reads it. */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}

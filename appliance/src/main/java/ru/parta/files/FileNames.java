package ru.parta.files;

import ru.parta.base.DisplayText;
import ru.parta.base.PartaException;

/** A file's name as shown and offered for download: never a path, never control or bidi characters. */
final class FileNames {

    static final int MAX = 200;

    private FileNames() {
    }

    static String clean(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String result = DisplayText.name(base);
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.isEmpty()) {
            throw PartaException.invalid("file.name.invalid");
        }
        if (result.length() > MAX) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
            result = result.substring(0, MAX - extension.length()) + extension;
        }
        return result;
    }
}

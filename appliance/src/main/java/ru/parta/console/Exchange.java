package ru.parta.console;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import ru.parta.base.DataDirectory;
import ru.parta.base.PartaException;

/**
 * The folders files pass through on their way in by SFTP: {@code imports} for roster files (the
 * console's {@code import} command reads them from there), and each administrator's own upload
 * area for materials. Names are single path elements: nothing typed can reach outside.
 */
@Singleton
class Exchange {

    private final Path imports;
    private final Path uploads;

    Exchange(DataDirectory dataDirectory) {
        this.imports = dataDirectory.root().resolve("imports");
        this.uploads = dataDirectory.root().resolve("sftp-uploads");
        try {
            Files.createDirectories(imports);
            Files.createDirectories(uploads);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the exchange folders", e);
        }
    }

    Path imports() {
        return imports;
    }

    Path uploads() {
        return uploads;
    }

    /** A file in {@code imports} by its bare name; anything with a path in it is refused. */
    Path importFile(String name) {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")
                || name.contains("\0")) {
            throw PartaException.invalid("console.import.badName");
        }
        Path file = imports.resolve(name).normalize();
        if (!file.getParent().equals(imports) || !Files.isRegularFile(file)) {
            throw PartaException.notFound("console.import.notFound", name);
        }
        return file;
    }
}

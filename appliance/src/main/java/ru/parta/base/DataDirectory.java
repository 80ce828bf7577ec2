package ru.parta.base;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the appliance keeps everything it must not lose (database, later files and backups):
 * {@code PARTA_DATA_DIR} or {@code parta.data.dir}, default {@code ./data}.
 */
@ConfigurationProperties("parta.data")
public class DataDirectory {

    private String dir = "./data";

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }

    /** The directory as an absolute path, created on first use. */
    public Path root() {
        Path root = Path.of(dir).toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + root, e);
        }
        return root;
    }
}

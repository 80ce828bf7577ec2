package ru.parta.backup;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One backup as the lists show it.
 *
 * @param manifest null when the manifest is missing or damaged ({@code problemKey} says which)
 * @param verification null when the backup was never checked
 * @param bytes what it holds (database copy and files, links to earlier backups counted in full)
 */
public record BackupEntry(String name, Instant createdAt, @Nullable BackupManifest manifest, @Nullable String problemKey,
                          @Nullable Verification verification, long bytes) {

    public boolean verified() {
        return verification != null && verification.passed();
    }
}

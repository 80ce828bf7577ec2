package ru.parta.backup;

import io.micronaut.core.annotation.Nullable;

/** A backup attempt ended, made and checked or failed (after its outcome is on disk). */
public record BackupFinished(@Nullable String backupName, boolean verified, @Nullable String problemKey) {
}

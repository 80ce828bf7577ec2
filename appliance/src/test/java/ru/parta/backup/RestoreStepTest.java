package ru.parta.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.PartaException;
import ru.parta.base.TestClock;
import ru.parta.base.audit.AuditLog;
import ru.parta.files.BlobStore;
import ru.parta.files.MaterialFolder;
import ru.parta.files.MaterialService;
import ru.parta.files.StoredFile;
import ru.parta.people.PersonaSchool;

/**
 * A restore as Parta does it: the context stops, the backup is put in place, a new context starts
 * on it. What was written after the backup is gone from the school and kept aside; the restore is
 * in the new audit trail; a cut-short swap is undone before the database opens.
 */
class RestoreStepTest {

    private final Path dataDir = Path.of("target/test-data/restore-" + UUID.randomUUID()).toAbsolutePath();

    private ApplicationContext start() {
        return ApplicationContext.run(Map.of("parta.data.dir", dataDir.toString(),
                "datasources.default.url", "jdbc:h2:file:" + dataDir.resolve("parta") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                "parta.console.enabled", "false"), "test");
    }

    @Test
    void theSchoolComesBackAsTheBackupHasItAndWhatCameLaterIsKeptAside() throws Exception {
        String backupName;
        StoredFile kept;
        StoredFile later;
        long rowsInBackup;
        try (ApplicationContext before = start()) {
            PersonaSchool.Persona p = before.getBean(PersonaSchool.class).create();
            MaterialService materials = before.getBean(MaterialService.class);
            MaterialFolder folder = materials.createFolder(p.class5a(), "Математика", "Дроби", Actor.of(p.kuznetsov()));
            kept = materials.uploadMaterial(folder.id(), "Было.txt", text("до копии"), Actor.of(p.kuznetsov()));
            BackupEntry backup = before.getBean(BackupService.class).makeBackup(Actor.of(p.smirnova()));
            backupName = backup.name();
            rowsInBackup = backup.manifest().rows().get("stored_file");
            before.getBean(TestClock.class).advance(Duration.ofMinutes(5));
            later = materials.uploadMaterial(folder.id(), "Стало.txt", text("после копии"), Actor.of(p.kuznetsov()));

            RestoreService restores = before.getBean(RestoreService.class);
            PartaException notAdmin = assertThrows(PartaException.class,
                    () -> restores.restoreBackup(Actor.of(p.ivanova()), backupName));
            assertEquals("permission.denied", notAdmin.messageKey());
        }

        Path database = dataDir.resolve("parta.mv.db");
        new RestoreStep(dataDir, database, dataDir.resolve("backups").resolve(backupName), 1, Clock.systemUTC()).run();

        try (ApplicationContext after = start()) {
            JdbcOperations jdbc = after.getBean(JdbcOperations.class);
            long files = jdbc.execute(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM stored_file")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(rowsInBackup, files, "the file records are those of the backup");
            BlobStore blobs = after.getBean(BlobStore.class);
            assertTrue(blobs.verify(kept.sha256()), "the backup's files are in the store, whole");
            assertFalse(blobs.contains(later.sha256()), "a file put in after the backup is not in the school");
            assertTrue(Files.exists(dataDir.resolve("before-restore/files")
                    .resolve(later.sha256().substring(0, 2)).resolve(later.sha256().substring(2, 4)).resolve(later.sha256())),
                    "but it is kept aside with the database as it was");
            assertTrue(Files.exists(dataDir.resolve("before-restore/parta.mv.db")));
            assertEquals(backupName, after.getBean(AuditLog.class).findByAction("backup.restored").getFirst().subject());
        }
    }

    @Test
    void aSwapCutShortIsUndoneBeforeTheDatabaseOpens() throws Exception {
        try (ApplicationContext first = start()) {
            first.getBean(PersonaSchool.class).create();
        }
        Path aside = Files.createDirectories(dataDir.resolve(RestoreStep.ASIDE));
        Files.move(dataDir.resolve("parta.mv.db"), aside.resolve("parta.mv.db"));
        Files.writeString(dataDir.resolve(RestoreStep.MARKER), "parta-20260901T060000Z");
        Files.writeString(dataDir.resolve("parta.mv.db"), "half a restore");

        try (ApplicationContext again = start()) {
            assertTrue(again.getBean(ru.parta.access.AccountService.class).findAccountByLogin("smirnova").isPresent(),
                    "Parta starts on the data it had before the restore began");
        }
        assertFalse(Files.exists(dataDir.resolve(RestoreStep.MARKER)));
    }

    private static ByteArrayInputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

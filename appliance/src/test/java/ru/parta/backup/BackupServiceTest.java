package ru.parta.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ru.parta.access.Actor;
import ru.parta.base.ErrorCategory;
import ru.parta.base.PartaException;
import ru.parta.base.TestClock;
import ru.parta.chat.ChatService;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.NewMessage;
import ru.parta.files.BlobStore;
import ru.parta.files.MaterialFolder;
import ru.parta.files.MaterialService;
import ru.parta.files.StoredFile;
import ru.parta.people.PersonaSchool;

/**
 * Backups of a real file database (BACKUP TO needs one) while the school writes: what lands on
 * disk, how it is checked, what damage is found, and that a failure leaves nothing behind.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupServiceTest implements TestPropertyProvider {

    private final Path dataDir = Path.of("target/test-data/backup-" + UUID.randomUUID()).toAbsolutePath();

    @Override
    public Map<String, String> getProperties() {
        return Map.of("parta.data.dir", dataDir.toString(),
                "datasources.default.url", "jdbc:h2:file:" + dataDir.resolve("parta") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                "parta.chat.max-messages-per-window", "100000");
    }

    @Inject
    BackupService backups;

    @Inject
    PersonaSchool personaSchool;

    @Inject
    MaterialService materials;

    @Inject
    ChatService chats;

    @Inject
    BlobStore blobs;

    @Inject
    BackupProperties properties;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TestClock clock;

    private PersonaSchool.Persona p;
    private MaterialFolder folder;

    @BeforeEach
    void school() {
        p = personaSchool.create();
        if (folder == null) {
            folder = materials.createFolder(p.class5a(), "Математика", "Дроби", Actor.of(p.kuznetsov()));
        }
        clock.advance(Duration.ofMinutes(1));
    }

    @Test
    void aBackupMadeWhileTheClassWritesHoldsWhatItSaysAndLinksUnchangedFiles() throws Exception {
        StoredFile worksheet = upload("Листок.txt", "Дроби: 1/2 + 1/3 = ?");
        long chat = chats.findChats(p.ivanova()).stream().filter(c -> c.kind() == ConversationKind.CLASS)
                .findFirst().orElseThrow().conversationId();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        AtomicReference<Throwable> writeError = new AtomicReference<>();
        Thread writer = Thread.ofPlatform().start(() -> {
            while (writing.get()) {
                try {
                    chats.postMessage(new NewMessage(chat, UUID.randomUUID().toString(), "Сообщение " + written.get(), null,
                            false, List.of(), List.of(), false, null), Actor.of(p.ivanova()));
                    written.incrementAndGet();
                } catch (Throwable e) {
                    writeError.set(e);
                    return;
                }
            }
        });
        while (written.get() < 20) {
            Thread.sleep(5);
        }

        BackupEntry first = backups.makeBackup(Actor.of(p.smirnova()));
        writing.set(false);
        writer.join();

        assertNull(writeError.get(), "the class kept writing without a single error");
        assertTrue(first.verified());
        Path folder1 = backups.directory().resolve(first.name());
        long messagesInBackup = first.manifest().rows().get("message");
        assertTrue(messagesInBackup >= 20 && messagesInBackup <= written.get(),
                "a consistent moment of the writing: " + messagesInBackup + " of " + written.get());
        assertEquals(first.manifest().files(), Files.readAllLines(folder1.resolve("SHA256SUMS")).size() - 1);
        Path copied = folder1.resolve(Sha256Sums.blobPath(worksheet.sha256()));
        assertEquals("Дроби: 1/2 + 1/3 = ?", Files.readString(copied, StandardCharsets.UTF_8));
        assertEquals(List.of(), Files.list(backups.directory()).map(f -> f.getFileName().toString())
                .filter(n -> n.startsWith(".")).toList(), "no work folders left behind");

        Object inode = Files.getAttribute(copied, "unix:ino");
        clock.advance(Duration.ofHours(1));
        upload("Ответы.txt", "5/6");
        BackupEntry second = backups.makeBackup(Actor.SYSTEM);
        Path copiedAgain = backups.directory().resolve(second.name()).resolve(Sha256Sums.blobPath(worksheet.sha256()));
        assertEquals(inode, Files.getAttribute(copiedAgain, "unix:ino"),
                "an unchanged file is linked to the earlier backup, not copied again");
        assertFalse(Files.exists(folder1), "the same day's older backup is rotated out (one a day is kept)");
        assertEquals("Дроби: 1/2 + 1/3 = ?", Files.readString(copiedAgain, StandardCharsets.UTF_8),
                "the link outlives the folder it was made from");
        assertEquals(first.manifest().files() + 1, second.manifest().files());

        BackupStatus status = backups.readBackupStatus(Actor.of(p.smirnova()));
        assertEquals(second.name(), status.newestVerified().name());
        assertNull(status.warning());
        assertTrue(status.lastAttempt().succeeded());
    }

    @Test
    void damageInABackupIsFoundAndNamed() throws Exception {
        upload("Схема.txt", "Числитель и знаменатель");
        clock.advance(Duration.ofHours(2));
        BackupEntry backup = backups.makeBackup(Actor.of(p.smirnova()));
        Path folder = backups.directory().resolve(backup.name());
        Actor admin = Actor.of(p.smirnova());
        assertTrue(backups.verifyBackup(admin, backup.name()).passed());

        Path file = Files.readAllLines(folder.resolve("SHA256SUMS")).stream().filter(l -> l.contains("files/"))
                .map(l -> folder.resolve(l.substring(66))).findFirst().orElseThrow();
        byte[] original = Files.readAllBytes(file);
        Files.delete(file); // a hard link: writing through it would damage the live store too
        Files.writeString(file, "испорчено");
        Verification damaged = backups.verifyBackup(admin, backup.name());
        assertFalse(damaged.passed());
        assertEquals("backup.fileDamaged", damaged.problemKey());
        Files.delete(file);
        Files.write(file, original);

        Path database = folder.resolve("database.zip");
        byte[] zip = Files.readAllBytes(database);
        byte[] broken = zip.clone();
        broken[broken.length / 2] ^= 0x55;
        Files.write(database, broken);
        assertEquals("backup.databaseDamaged", backups.verifyBackup(admin, backup.name()).problemKey());
        Files.write(database, zip);

        Path manifest = folder.resolve(BackupManifest.FILE_NAME);
        String text = Files.readString(manifest);
        Files.writeString(manifest, text.replace("format=1", "format=7"));
        Verification newer = backups.verifyBackup(admin, backup.name());
        assertEquals("backup.formatNewer", newer.problemKey());
        assertEquals(List.of("7"), newer.problemArguments());
        Files.writeString(manifest, text.replaceFirst("rows\\.message=\\d+", "rows.message=999999"));
        assertEquals("backup.rowsMismatch", backups.verifyBackup(admin, backup.name()).problemKey());
        Files.writeString(manifest, text);
        assertTrue(backups.verifyBackup(admin, backup.name()).passed(), "put right, it passes again");

        PartaException unknown = assertThrows(PartaException.class, () -> backups.verifyBackup(admin, "../parta"));
        assertEquals(ErrorCategory.NOT_FOUND, unknown.category());
    }

    @Test
    void aBackupThatCannotFitLeavesNothingAndWarnsTheAdministrators() throws Exception {
        long reserve = properties.getReserveBytes();
        properties.setReserveBytes(Long.MAX_VALUE / 4);
        clock.advance(Duration.ofHours(3));
        try {
            PartaException refused = assertThrows(PartaException.class, () -> backups.makeBackup(Actor.of(p.smirnova())));
            assertEquals("backup.noSpace", refused.messageKey());
        } finally {
            properties.setReserveBytes(reserve);
        }
        assertEquals(List.of(), Files.list(backups.directory()).map(f -> f.getFileName().toString())
                .filter(n -> n.startsWith(".")).toList(), "no half backup left behind");
        BackupStatus status = backups.readBackupStatus(Actor.of(p.smirnova()));
        assertEquals(BackupStatus.Warning.LAST_FAILED, status.warning());
        assertEquals("backup.noSpace", status.lastAttempt().problemKey());

        clock.advance(Duration.ofMinutes(1));
        backups.makeBackup(Actor.of(p.smirnova()));
        assertNotEquals(BackupStatus.Warning.LAST_FAILED, backups.readBackupStatus(Actor.of(p.smirnova())).warning());
    }

    @Test
    void onlyAdministratorsBackUp() {
        for (long who : List.of(p.ivanova(), p.petrov(), p.orlov())) {
            PartaException refused = assertThrows(PartaException.class, () -> backups.makeBackup(Actor.of(who)));
            assertEquals(ErrorCategory.FORBIDDEN, refused.category());
            assertThrows(PartaException.class, () -> backups.readBackups(Actor.of(who)));
        }
    }

    @Test
    void aRemovalWaitsWhileABackupHoldsTheStore() throws Exception {
        StoredFile note = upload("Памятка.txt", "Памятка для 5А " + UUID.randomUUID());
        Path path = blobs.pathOf(note.sha256());
        materials.deleteMaterial(note.id(), Actor.of(p.kuznetsov()));
        try (BlobStore.Hold hold = blobs.holdDeletions()) {
            blobs.delete(note.sha256());
            assertTrue(Files.exists(path), "held while the backup copies");
        }
        assertFalse(Files.exists(path), "removed once the backup let go");
    }

    private StoredFile upload(String name, String text) {
        return materials.uploadMaterial(folder.id(), name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                Actor.of(p.kuznetsov()));
    }
}

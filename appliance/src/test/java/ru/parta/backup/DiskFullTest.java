package ru.parta.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ru.parta.access.Actor;
import ru.parta.base.Disks;
import ru.parta.base.PartaException;
import ru.parta.base.TestClock;
import ru.parta.chat.ChatService;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.NewMessage;
import ru.parta.files.FileService;
import ru.parta.files.MaterialFolder;
import ru.parta.files.MaterialService;
import ru.parta.people.PersonaSchool;

/**
 * A full disk, for real: the data and the backups each live on a small tmpfs of their own. A
 * backup that runs out of room and an upload that would fill the disk both fail with a clear
 * reason, leave nothing half-written, the school goes on writing messages, and the same running
 * Parta succeeds once there is space again. Mounting needs root (CI runs as root); elsewhere the
 * test is skipped and says why.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiskFullTest implements TestPropertyProvider {

    private static final long MB = 1024 * 1024;

    private final Path base = Path.of("target/test-data/disk-full-" + UUID.randomUUID()).toAbsolutePath();
    private final Path dataDisk = base.resolve("data");
    private final Path backupDisk = base.resolve("backups");
    private boolean mounted;

    @Override
    public Map<String, String> getProperties() {
        mounted = mount(dataDisk, 96) && mount(backupDisk, 6);
        return Map.of("parta.data.dir", dataDisk.toString(),
                "datasources.default.url", "jdbc:h2:file:" + dataDisk.resolve("parta") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                "parta.backup.directory", backupDisk.toString(),
                "parta.backup.reserve-bytes", "0",
                "parta.files.disk-reserve-bytes", Long.toString(8 * MB));
    }

    @Inject
    BackupService backups;

    @Inject
    PersonaSchool personaSchool;

    @Inject
    MaterialService materials;

    @Inject
    FileService files;

    @Inject
    ChatService chats;

    @Inject
    TestClock clock;

    private PersonaSchool.Persona p;
    private MaterialFolder folder;

    @BeforeEach
    void school() {
        assumeTrue(mounted, "mounting a small tmpfs needs root");
        p = personaSchool.create();
        folder = materials.createFolder(p.class5a(), "Физика", "Опыты " + UUID.randomUUID(), Actor.of(p.kuznetsov()));
        clock.advance(Duration.ofMinutes(1));
    }

    @AfterAll
    void unmount() throws Exception {
        if (mounted) {
            run("umount", "-l", dataDisk.toString());
            run("umount", "-l", backupDisk.toString());
        }
    }

    @Test
    void aBackupThatFillsItsDiskFailsCleanlyAndTheNextOneWorksOnceThereIsSpace() throws Exception {
        for (int i = 0; i < 3; i++) {
            upload("опыт-" + i + ".bin", 3 * MB);
        }
        PartaException full = assertThrows(PartaException.class, () -> backups.makeBackup(Actor.of(p.smirnova())));
        // Each file's room is checked before it is copied; a disk that fills under the copy anyway
        // (another program writing) ends the same way, as backup.diskFull.
        assertEquals("backup.noSpace", full.messageKey());
        try (Stream<Path> left = Files.list(backupDisk)) {
            List<String> names = left.map(path -> path.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(name -> name.startsWith("parta-") || name.startsWith(".")),
                    "nothing half-written stays on the backup disk: " + names);
        }
        assertEquals(BackupStatus.Warning.LAST_FAILED, backups.readBackupStatus(Actor.of(p.smirnova())).warning());
        postAMessage();

        run("mount", "-o", "remount,size=64m", backupDisk.toString());
        BackupEntry made = backups.makeBackup(Actor.of(p.smirnova()));
        assertTrue(made.verified(), "the same running Parta backs up once the disk has room");
        assertNull(backups.readBackupStatus(Actor.of(p.smirnova())).warning(), "the warning is gone");
    }

    @Test
    void anUploadThatWouldFillTheDiskIsRefusedAndTheSchoolKeepsWriting() throws Exception {
        Path filler = dataDisk.resolve("filler");
        long free = Disks.usableBytes(dataDisk);
        try (RandomAccessFile file = new RandomAccessFile(filler.toFile(), "rw")) {
            // tmpfs takes what is written, not what is reserved: write it for real.
            byte[] block = new byte[(int) MB];
            for (long left = free - 16 * MB; left > 0; left -= block.length) {
                file.write(block, 0, (int) Math.min(block.length, left));
            }
        }
        long before = files.countStoreUsage().files();
        PartaException full = assertThrows(PartaException.class, () -> upload("видео-опыта.bin", 12 * MB));
        assertEquals("file.diskFull", full.messageKey());
        try (Stream<Path> staged = Files.list(dataDisk.resolve("files/staging"))) {
            assertEquals(0, staged.count(), "the refused upload left nothing in staging");
        }
        assertEquals(before, files.countStoreUsage().files(), "no file row for the refused upload");
        postAMessage();

        Files.delete(filler);
        upload("видео-опыта.bin", 12 * MB);
        assertEquals(before + 1, files.countStoreUsage().files(), "the same running Parta takes it once there is room");
    }

    private void upload(String name, long bytes) {
        byte[] content = new byte[(int) bytes];
        new Random(name.hashCode()).nextBytes(content);
        materials.uploadMaterial(folder.id(), name, new ByteArrayInputStream(content), Actor.of(p.kuznetsov()));
    }

    private void postAMessage() {
        long chat = chats.findChats(p.ivanova()).stream().filter(c -> c.kind() == ConversationKind.CLASS)
                .findFirst().orElseThrow().conversationId();
        chats.postMessage(new NewMessage(chat, UUID.randomUUID().toString(), "Пишем дальше", null, false, List.of(),
                List.of(), false, null), Actor.of(p.ivanova()));
    }

    private static boolean mount(Path at, int megabytes) {
        try {
            Files.createDirectories(at);
            return run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", at.toString()) == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}

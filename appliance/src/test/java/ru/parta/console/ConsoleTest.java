package ru.parta.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ru.parta.access.AccountService;
import ru.parta.access.Actor;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.people.PersonaSchool;
import ru.parta.testing.OpenSsh;

/** The SSH console and SFTP through the real OpenSSH client programs on 127.0.0.1. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleTest implements TestPropertyProvider {

    private final Path dataDir = Path.of("target/test-data/console-" + UUID.randomUUID()).toAbsolutePath();
    private final Path keysDir = dataDir.resolveSibling(dataDir.getFileName() + "-keys");

    @Override
    public Map<String, String> getProperties() {
        return Map.of("parta.data.dir", dataDir.toString(), "parta.console.enabled", "true",
                "parta.console.host", "127.0.0.1",
                "parta.console.authorized-keys", keysDir.resolve("authorized_keys").toString());
    }

    @Inject
    ConsoleServer server;

    @Inject
    ConsoleKeyService keys;

    @Inject
    AccountService accounts;

    @Inject
    PersonaSchool personaSchool;

    @Inject
    AuditLog auditLog;

    private PersonaSchool.Persona p;
    private OpenSsh openSsh;
    private Path adminKey;

    @BeforeEach
    void keys() throws Exception {
        p = personaSchool.create();
        if (openSsh == null) {
            Files.createDirectories(keysDir);
            openSsh = new OpenSsh(keysDir, server.getPort());
            adminKey = openSsh.newKey("smirnova");
            keys.addConsoleKey("Ноутбук", openSsh.publicKey(adminKey), Actor.of(p.smirnova()));
        }
    }

    @Test
    void aRegisteredKeySignsInAndStatusAnswersPlainly() throws Exception {
        OpenSsh.Result status = openSsh.ssh(adminKey, "smirnova", "status");
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().contains("Версия:"), status.out());
        assertTrue(status.out().contains("Последняя копия: нет"), status.out());

        OpenSsh.Result english = openSsh.ssh(adminKey, "smirnova", "status", "--lang", "en");
        assertTrue(english.out().contains("Version:"), english.out());

        OpenSsh.Result unknown = openSsh.ssh(adminKey, "smirnova", "frobnicate");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("Неизвестная команда «frobnicate»"), unknown.err());

        OpenSsh.Result wrongWords = openSsh.ssh(adminKey, "smirnova", "backup", "sideways");
        assertEquals(2, wrongWords.exitCode());
        assertTrue(wrongWords.err().contains("backup now | backup list"), wrongWords.err());

        assertTrue(auditLog.findByAction("console.command").stream()
                .anyMatch(e -> e.subject().startsWith("status") && e.subject().contains("SHA256:")),
                "every command is audited with the key's fingerprint");
    }

    @Test
    void passwordsAndStrangersAreRefused() throws Exception {
        OpenSsh.Result password = openSsh.passwordOnly("smirnova");
        assertEquals(255, password.exitCode());
        assertTrue(password.err().contains("Permission denied"), password.err());

        Path stranger = openSsh.newKey("stranger-" + UUID.randomUUID());
        assertEquals(255, openSsh.ssh(stranger, "smirnova", "status").exitCode(), "a key nobody registered");
        assertEquals(255, openSsh.ssh(adminKey, "ivanova", "status").exitCode(), "the admin's key as a teacher");

        PartaException teacherKey = assertThrows(PartaException.class,
                () -> keys.addConsoleKey("", openSsh.publicKey(stranger), Actor.of(p.ivanova())));
        assertEquals("permission.denied", teacherKey.messageKey());
        PartaException privateKey = assertThrows(PartaException.class, () -> keys.addConsoleKey("",
                Files.readString(stranger), Actor.of(p.smirnova())));
        assertEquals("console.key.private", privateKey.messageKey());
    }

    @Test
    void theBoxOwnersFileLetsAKeyInAsAnyAdministrator() throws Exception {
        Path owner = openSsh.newKey("owner-" + UUID.randomUUID());
        assertEquals(255, openSsh.ssh(owner, "smirnova", "status").exitCode());
        Files.writeString(keysDir.resolve("authorized_keys"), "# the box\n" + openSsh.publicKey(owner) + "\n");
        assertEquals(0, openSsh.ssh(owner, "smirnova", "status").exitCode(), "read again when the file changes");
    }

    @Test
    void aDisabledAdministratorsSessionEndsAtOnce() throws Exception {
        accounts.addRoles(p.orlov(), Set.of(Role.ADMIN), Actor.of(p.smirnova()));
        Path orlovKey = openSsh.newKey("orlov-" + UUID.randomUUID());
        keys.addConsoleKey("", openSsh.publicKey(orlovKey), Actor.of(p.orlov()));
        Process following = openSsh.sshInBackground(orlovKey, "orlov", "logs", "follow");
        Thread.sleep(1500);
        assertTrue(following.isAlive(), "logs follow runs until stopped");

        accounts.setEnabled(p.orlov(), false, Actor.of(p.smirnova()));
        long disabledAt = System.nanoTime();
        assertTrue(following.waitFor(5, TimeUnit.SECONDS), "the session was closed");
        long millis = (System.nanoTime() - disabledAt) / 1_000_000;
        assertTrue(millis < 1000, "within a second, took " + millis + " ms");
        assertNotEquals(0, following.exitValue());
        accounts.setEnabled(p.orlov(), true, Actor.of(p.smirnova()));
    }

    @Test
    void aRosterComesInBySftpAndIsImportedFromTheConsole() throws Exception {
        Path roster = keysDir.resolve("ученики.csv");
        Files.writeString(roster, "ФИО;Класс\nНовикова Вера Павловна;5А\nЗайцев Олег Ильич;6Б\n", StandardCharsets.UTF_8);
        OpenSsh.Result put = openSsh.sftp(adminKey, "smirnova", "cd /imports\nput " + roster + " roster.csv\nls\n");
        assertEquals(0, put.exitCode(), put.err());
        assertTrue(put.out().contains("roster.csv"), put.out());

        OpenSsh.Result preview = openSsh.ssh(adminKey, "smirnova", "import", "preview", "students", "roster.csv");
        assertEquals(0, preview.exitCode(), preview.err() + preview.out());
        assertTrue(preview.out().contains("Новикова Вера Павловна"), preview.out());
        assertTrue(accounts.findByName("Новикова Вера Павловна").isEmpty(), "a preview writes nothing");

        OpenSsh.Result unconfirmed = openSsh.ssh(adminKey, "smirnova", "import", "apply", "students", "roster.csv");
        assertEquals(1, unconfirmed.exitCode(), "a script must say --yes");
        assertTrue(accounts.findByName("Новикова Вера Павловна").isEmpty());

        OpenSsh.Result applied = openSsh.ssh(adminKey, "smirnova", "import", "apply", "students", "roster.csv", "--yes");
        assertEquals(0, applied.exitCode(), applied.err() + applied.out());
        assertEquals(1, accounts.findByName("Новикова Вера Павловна").size());

        OpenSsh.Result climbing = openSsh.ssh(adminKey, "smirnova", "import", "preview", "students", "../parta.mv.db");
        assertEquals(1, climbing.exitCode());
    }

    @Test
    void sftpCannotLeaveItsTree() throws Exception {
        OpenSsh.Result root = openSsh.sftp(adminKey, "smirnova", "ls /\n");
        assertEquals(0, root.exitCode(), root.err());
        assertTrue(root.out().contains("backups") && root.out().contains("imports") && root.out().contains("materials"));
        assertFalse(root.out().contains("parta.mv.db") || root.out().contains("files") || root.out().contains("ssh"),
                root.out());
        Path into = keysDir.resolve("got");
        for (String attempt : new String[] {"get /parta.mv.db " + into, "get ../../../../etc/passwd " + into,
                "get /ssh/host-key-ed25519 " + into, "ls /files", "cd /imports\nsymlink /parta.mv.db link",
                "put " + keysDir.resolve("authorized_keys") + " /backups/x", "mkdir /imports/sub",
                "rename /imports /elsewhere"}) {
            Files.writeString(keysDir.resolve("authorized_keys"), "");
            OpenSsh.Result result = openSsh.sftp(adminKey, "smirnova", attempt + "\n");
            assertNotEquals(0, result.exitCode(), attempt + " must fail: " + result.out());
            assertFalse(Files.exists(into) && Files.size(into) > 0, attempt + " fetched something");
        }
        assertFalse(Files.exists(dataDir.resolve("imports/link")), "no link was made");
    }
}

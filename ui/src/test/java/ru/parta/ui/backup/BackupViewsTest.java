package ru.parta.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ru.parta.access.Actor;
import ru.parta.backup.BackupService;
import ru.parta.console.ConsoleKeyService;
import ru.parta.people.PersonaSchool;
import ru.parta.ui.Routes;
import ru.parta.ui.support.MicronautBrowserlessTest;

/** The backups page and the console keys on an administrator's own page, on a database in a file. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupViewsTest extends MicronautBrowserlessTest implements TestPropertyProvider {

    /** A public key (public keys are not secrets); made once with ssh-keygen -t ed25519. */
    static final String PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICQJlkQXp3pVrFednZnDTwj3bNrQ2WoETMlANSj7yfia test";

    private final Path dataDir = Path.of("target/test-data/ui-backup-" + UUID.randomUUID()).toAbsolutePath();

    @Override
    public Map<String, String> getProperties() {
        return Map.of("parta.data.dir", dataDir.toString(),
                "datasources.default.url", "jdbc:h2:file:" + dataDir.resolve("parta") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    @Inject
    PersonaSchool personaSchool;
    @Inject
    BackupService backups;
    @Inject
    ConsoleKeyService keys;

    @Test
    void anAdministratorSeesTheWarningMakesABackupAndSeesItChecked() throws Exception {
        PersonaSchool.Persona p = personaSchool.create();
        signInAs("smirnova", PersonaSchool.PASSWORD);
        open(Routes.HOME);
        assertEquals("Резервных копий ещё нет. Создайте копию сейчас.", $(Anchor.class).id("home-backup-warning").getText());
        open(Routes.BACKUPS);
        assertTrue($(Paragraph.class).id("backup-warning").getText().startsWith("Резервных копий ещё нет"));
        click($(Button.class).id("backup-now"));
        for (int i = 0; i < 200 && backups.readBackups(Actor.of(p.smirnova())).isEmpty(); i++) {
            Thread.sleep(50);
        }
        while (backups.findProgress().isPresent()) {
            Thread.sleep(50);
        }
        String name = backups.readBackups(Actor.of(p.smirnova())).getFirst().name();
        open(Routes.BACKUPS);
        Div card = $(Div.class).id("backup-" + name);
        assertTrue(card.getElement().getTextRecursively().contains("Проверена"), card.getElement().getTextRecursively());
        assertTrue($(Button.class).id("backup-restore-" + name).isEnabled());
        assertTrue($(Paragraph.class).all().stream().noneMatch(w -> "backup-warning".equals(w.getId().orElse(""))),
                "the warning is gone");

        signInAs("ivanova", PersonaSchool.PASSWORD);
        open(Routes.BACKUPS);
        assertFalse(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath()
                .equals(Routes.BACKUPS), "a teacher is not let in");
    }

    @Test
    void anAdministratorAddsAndRemovesAConsoleKey() {
        PersonaSchool.Persona p = personaSchool.create();
        signInAs("smirnova", PersonaSchool.PASSWORD);
        open(Routes.ACCOUNT);
        test($(TextArea.class).id("console-key-text")).setValue("-----BEGIN OPENSSH PRIVATE KEY-----");
        click($(Button.class).id("console-key-add"));
        assertTrue(keys.readConsoleKeys(Actor.of(p.smirnova())).isEmpty(), "a private key is refused");
        test($(TextField.class).id("console-key-label")).setValue("Ноутбук");
        test($(TextArea.class).id("console-key-text")).setValue(PUBLIC_KEY);
        click($(Button.class).id("console-key-add"));
        long id = keys.readConsoleKeys(Actor.of(p.smirnova())).getFirst().id();
        assertTrue($(Div.class).id("console-keys").getElement().getTextRecursively().contains("SHA256:"));
        click($(Button.class).id("console-key-remove-" + id));
        assertTrue(keys.readConsoleKeys(Actor.of(p.smirnova())).isEmpty());

        signInAs("ivanova", PersonaSchool.PASSWORD);
        open(Routes.ACCOUNT);
        assertTrue($(Div.class).all().stream().noneMatch(d -> "console-keys".equals(d.getId().orElse(""))),
                "teachers have no console keys");
    }
}

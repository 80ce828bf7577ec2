package ru.parta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.parta.testing.OpenSsh;

/**
 * The SSH console of the real jar with Debian's OpenSSH client, beside the administrator's
 * browser: a key registered on the account page lets her in (a password never does), a backup made
 * over SSH shows on the backups page, a class created afterwards disappears when that backup is
 * restored over SSH, the open screens are told before Parta restarts, and the same port answers
 * with a maintenance page while the data is swapped.
 */
class ConsoleIT extends HeadlessChromium {

    private static final Pattern MADE = Pattern.compile("(parta-\\d{8}T\\d{6}Z)");

    @TempDir
    Path dataDir;

    @TempDir
    Path keys;

    @Test
    void anAdministratorBacksUpAndRestoresOverSshWhileTheScreensFollow() throws Exception {
        int sshPort = RunningAppliance.freePort();
        Page admin = null;
        try (RunningAppliance parta = RunningAppliance.start(dataDir, RunningAppliance.freePort(), Map.of(
                "PARTA_CONSOLE_PORT", Integer.toString(sshPort),
                "PARTA_CONSOLE_AUTHORIZED_KEYS", keys.resolve("authorized_keys").toString()))) {
            OpenSsh ssh = new OpenSsh(keys, sshPort);
            Path laptop = ssh.newKey("laptop");
            admin = adminOfANewSchool(parta);
            assertNotEquals(0, ssh.ssh(laptop, "smirnova", "status").exitCode(), "a key nobody registered is refused");

            admin.navigate(parta.baseUrl() + "account");
            admin.locator("#console-key-label input").fill("Ноутбук завуча");
            admin.locator("#console-key-text textarea").fill(ssh.publicKey(laptop));
            admin.locator("#console-key-add").click();
            assertThat(admin.locator(".console-key-name")).hasText("Ноутбук завуча");
            assertThat(admin.locator(".console-key-fingerprint")).containsText("SHA256:");
            shoot(admin, "console-keys-desktop");

            OpenSsh.Result status = ssh.ssh(laptop, "smirnova", "status", "--lang", "en");
            assertEquals(0, status.exitCode(), status.err());
            assertTrue(status.out().contains("Database: answers"), status.out());
            assertTrue(status.out().contains("Newest backup: none"), status.out());
            assertNotEquals(0, ssh.passwordOnly("smirnova").exitCode(), "no password sign-in at all");

            OpenSsh.Result made = ssh.ssh(laptop, "smirnova", "backup", "now");
            assertEquals(0, made.exitCode(), made.out() + made.err());
            Matcher name = MADE.matcher(made.out());
            assertTrue(name.find(), made.out());
            String backup = name.group(1);

            admin.navigate(parta.baseUrl() + "classes");
            createClass(admin, "7", "В");
            assertThat(admin.locator("body")).containsText("7В");

            admin.navigate(parta.baseUrl() + "backups");
            Locator card = admin.locator("#backup-" + backup);
            assertThat(card).containsText("Проверена");
            assertThat(admin.locator("#backup-restore-" + backup)).isEnabled();
            shoot(admin, "backups-desktop");
            Page phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)).newPage();
            phone.navigate(parta.baseUrl() + "login");
            signIn(phone, "smirnova", "Admin-2026");
            assertThat(phone.locator("#greeting")).isVisible();
            phone.navigate(parta.baseUrl() + "backups");
            assertThat(phone.locator("#backup-" + backup)).isVisible();
            shoot(phone, "backups-phone");

            OpenSsh.Result unconfirmed = ssh.ssh(laptop, "smirnova", "restore", backup);
            assertEquals(1, unconfirmed.exitCode(), "a restore without --yes is refused: " + unconfirmed.out());
            assertTrue(unconfirmed.out().contains("--yes"), unconfirmed.out());
            OpenSsh.Result restore = ssh.ssh(laptop, "smirnova", "restore", backup, "--yes");
            assertEquals(0, restore.exitCode(), restore.out() + restore.err());
            assertThat(admin.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText("восстанавливается из резервной копии")).first()).isVisible();

            String maintenance = awaitRestart(parta);
            assertTrue(maintenance.contains("восстанавливается") && maintenance.contains("restored from a backup"),
                    "the port answers with the maintenance notice while restoring: " + maintenance);

            admin.navigate(parta.baseUrl() + "login");
            signIn(admin, "smirnova", "Admin-2026");
            assertThat(admin.locator("#greeting")).isVisible();
            admin.navigate(parta.baseUrl() + "classes");
            assertThat(admin.locator("body")).containsText("5");
            assertThat(admin.locator("body")).not().containsText("7В");
            OpenSsh.Result after = ssh.ssh(laptop, "smirnova", "status", "--lang", "en");
            assertEquals(0, after.exitCode(), after.err());
            assertTrue(after.out().contains(backup), "the console names the newest backup: " + after.out());
            assertTrue(Files.isDirectory(dataDir.resolve("before-restore")), "the data it replaced is kept aside");
            assertTrue(parta.log().stream().anyMatch(line -> line.contains("Parta runs on the data of backup " + backup)),
                    "the restart says what it restored");
            parta.stop();
        } catch (AssertionError | RuntimeException e) {
            if (admin != null) {
                shoot(admin, "console-failure");
            }
            throw e;
        }
    }

    /**
     * Waits until the health check has gone away and come back; returns the body of the last page
     * served while Parta was down (the maintenance page holds the port from the stop until the next
     * start's web server takes it back: seconds, even for a small school).
     */
    private static String awaitRestart(RunningAppliance parta) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        boolean wentAway = false;
        String maintenance = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(parta.baseUrl() + "api/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() == 200 && wentAway) {
                    return maintenance;
                }
                if (page.statusCode() == 503) {
                    wentAway = true;
                    maintenance = page.body();
                }
            } catch (IOException down) {
                wentAway = true;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Parta did not restart within 90 s:\n" + String.join("\n", parta.log()));
    }
}

package ru.parta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole first-day story in real headless Chromium against the real jar: a fresh data
 * directory, the wizard (with a wrong code and a second browser racing it), a crash right after,
 * sign-in, sign-out, a wrong password, the lock after five, English on request, and a clean stop.
 */
class FirstRunAndSignInIT extends HeadlessChromium {

    @TempDir
    Path dataDir;

    @Test
    void firstDayOfANewSchool() throws Exception {
        int port = RunningAppliance.freePort();
        Page page = null;
        try (RunningAppliance parta = RunningAppliance.start(dataDir, port)) {
            String code = parta.setupCode().orElseThrow(() -> new AssertionError("no setup code in the log"));
            BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            page = desktop.newPage();
            page.navigate(parta.baseUrl());
            assertThat(page.locator("#setupCode")).isVisible();
            assertThat(page.locator("html")).hasAttribute("lang", "ru");
            shoot(page, "setup-desktop");

            Page racer = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)).newPage();
            racer.navigate(parta.baseUrl() + "setup");
            assertThat(racer.locator("#setupCode")).isVisible();
            shoot(racer, "setup-phone");

            fillWizard(page, "WRON-GCOD-E000");
            page.locator("#finish-setup").click();
            assertThat(page.getByText("Неверный код настройки").first()).isVisible();

            page.locator("#setupCode input").fill(code);
            page.locator("#finish-setup").click();
            page.waitForURL("**/login");
            assertThat(page.getByText("Настройка завершена").first()).isVisible();

            fillWizard(racer, code);
            racer.locator("#finish-setup").click();
            assertThat(racer.getByText("Первоначальная настройка уже выполнена").first()).isVisible();

            // The acknowledged setup must survive a crash right after it.
            parta.kill();
        }
        try (RunningAppliance parta = RunningAppliance.start(dataDir, port)) {
            assertTrue(parta.setupCode().isEmpty(), "a set-up installation prints no setup code");
            assertTrue(parta.health().contains("\"databaseReachable\":true"), parta.health());

            BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            page = desktop.newPage();
            page.navigate(parta.baseUrl() + "setup");
            page.waitForURL("**/login");
            assertThat(page.locator(".school-name")).hasText("Школа №1");
            shoot(page, "login-desktop");

            signIn(page, "smirnova", "Admin-2026");
            page.waitForURL(parta.baseUrl());
            assertThat(page.locator("#greeting")).hasText("Здравствуйте, Смирнова Ольга Викторовна!");
            assertThat(page.locator("#current-roles")).hasText("Администратор");
            shoot(page, "home-desktop");

            page.locator("#sign-out").click();
            page.waitForURL("**/login");
            page.navigate(parta.baseUrl());
            page.waitForURL("**/login");

            refusedSignIn(page, "smirnova", "wrong-password-1", "Неверный логин или пароль.");
            for (int attempt = 2; attempt <= 4; attempt++) {
                refusedSignIn(page, "smirnova", "wrong-password-" + attempt, "Неверный логин или пароль.");
            }
            refusedSignIn(page, "smirnova", "wrong-password-5", "Вход для этой учётной записи заблокирован");
            refusedSignIn(page, "smirnova", "Admin-2026", "попробуйте снова через 30 мин");
            assertTrue(page.url().endsWith("/login"), page.url());

            Page phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)).newPage();
            phone.navigate(parta.baseUrl() + "login");
            assertThat(phone.locator("#sign-in")).isVisible();
            shoot(phone, "login-phone");
            phone.locator("#language-en").click();
            assertThat(phone.locator("#sign-in")).hasText("Sign in");
            assertThat(phone.locator("html")).hasAttribute("lang", "en");
            phone.reload();
            assertThat(phone.locator("#sign-in")).hasText("Sign in");
            shoot(phone, "login-phone-en");

            int exit = parta.stop();
            assertTrue(exit == 0 || exit == 143, "exit code " + exit);
            assertTrue(parta.log().stream().anyMatch(line -> line.contains("Stopping the web server")),
                    "exit " + exit + "\n" + String.join("\n", parta.log()));
        } catch (AssertionError | RuntimeException e) {
            if (page != null) {
                shoot(page, "failure");
            }
            throw e;
        }
    }

    @Test
    void homeOnAPhone() throws Exception {
        int port = RunningAppliance.freePort();
        try (RunningAppliance parta = RunningAppliance.start(dataDir, port)) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)).newPage();
            page.navigate(parta.baseUrl());
            fillWizard(page, parta.setupCode().orElseThrow());
            page.locator("#finish-setup").click();
            page.waitForURL("**/login");
            signIn(page, "smirnova", "Admin-2026");
            assertThat(page.locator("#greeting")).isVisible();
            assertThat(page.locator("#current-person")).hasText("Смирнова Ольга Викторовна");
            shoot(page, "home-phone");
            page.locator("vaadin-drawer-toggle").click();
            assertThat(page.getByText("Главная").first()).isVisible();
            page.waitForTimeout(500);
            shoot(page, "home-phone-drawer");
            installableOnAPhone(parta);
            parta.stop();
        }
    }

    /**
     * The phone can add Parta to its home screen (Chromium's own installability check: manifest,
     * icons, service worker; in a profile of its own, as incognito windows never install), and with
     * the school server out of reach an app start shows the offline page, which brings the app
     * back by itself when the server answers again.
     */
    private void installableOnAPhone(RunningAppliance parta) throws Exception {
        Path profile = Files.createDirectories(dataDir.resolve("phone-profile"));
        try (BrowserContext phone = playwright.chromium().launchPersistentContext(profile,
                new BrowserType.LaunchPersistentContextOptions()
                        .setExecutablePath(Path.of(System.getenv().getOrDefault("PARTA_CHROMIUM", "/usr/bin/chromium")))
                        .setHeadless(true).setViewportSize(390, 844).setArgs(CHROMIUM_ARGUMENTS))) {
            Page page = phone.pages().isEmpty() ? phone.newPage() : phone.pages().getFirst();
            page.navigate(parta.baseUrl() + "login");
            signIn(page, "smirnova", "Admin-2026");
            assertThat(page.locator("#greeting")).isVisible();
            assertEquals(true, page.evaluate("() => Promise.race([navigator.serviceWorker.ready.then(() => true),"
                    + " new Promise(resolve => setTimeout(() => resolve(false), 10000))])"), "the service worker is active");
            CDPSession cdp = phone.newCDPSession(page);
            JsonObject installability = cdp.send("Page.getInstallabilityErrors");
            assertEquals(0, installability.getAsJsonArray("installabilityErrors").size(), installability.toString());
            JsonObject manifest = cdp.send("Page.getAppManifest");
            assertEquals(0, manifest.getAsJsonArray("errors").size(), manifest.toString());
            assertTrue(manifest.get("data").getAsString().contains("\"display\":\"standalone\""), manifest.toString());

            page.reload();
            assertThat(page.locator("#greeting")).isVisible();
            phone.setOffline(true);
            page.navigate(parta.baseUrl() + "chats");
            assertThat(page.locator("#offline-retry")).isVisible();
            assertThat(page.getByText("Нет связи с сервером школы")).isVisible();
            shoot(page, "offline-phone");
            phone.setOffline(false);
            assertThat(page.locator("#offline-retry")).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(15_000));
            assertEquals(parta.baseUrl() + "chats", page.url());
        }
    }
}

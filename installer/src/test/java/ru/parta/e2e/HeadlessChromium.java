package ru.parta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of every browser test: one Debian Chromium per test class driven by Playwright,
 * offline, and the page steps the tests share.
 */
@ExtendWith(ApplianceLogOnFailure.class)
abstract class HeadlessChromium {

    static final Path SHOTS = Paths.get(System.getProperty("parta.screenshots", "target/screenshots"));
    static final Pattern ACTIVATION_CODE = Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
    static final List<String> CHROMIUM_ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        playwright = playwright();
        browser = launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    static Playwright playwright() throws IOException {
        Files.createDirectories(SHOTS);
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getenv().getOrDefault("PARTA_CHROMIUM", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGUMENTS));
    }

    static void fillWizard(Page page, String code) {
        page.locator("#setupCode input").fill(code);
        page.locator("#schoolName input").fill("Школа №1");
        page.locator("#adminName input").fill("Смирнова Ольга Викторовна");
        page.locator("#adminLogin input").fill("smirnova");
        page.locator("#adminPassword input").fill("Admin-2026");
        page.locator("#adminPasswordAgain input").fill("Admin-2026");
    }

    static void signIn(Page page, String login, String password) {
        page.locator("#login input").fill(login);
        page.locator("#password input").fill(password);
        page.locator("#sign-in").click();
    }

    /**
     * Signs in with credentials that will be refused and waits for the server's answer, which must
     * contain {@code expected}. Earlier notifications are closed first, so the one that shows is
     * this attempt's. An attempt that reached the server without the typed values ("Введите логин
     * и пароль": the page was still settling) never counts against the login, so it is typed again.
     */
    static void refusedSignIn(Page page, String login, String password, String expected) {
        for (int attempt = 1; ; attempt++) {
            assertThat(page.locator("#sign-in")).isVisible();
            waitUntilIdle(page);
            page.evaluate("() => document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false)");
            assertThat(page.locator("vaadin-notification-card")).hasCount(0);
            page.locator("#login input").fill(login);
            page.locator("#password input").fill(password);
            page.locator("#password input").press("Tab");
            waitUntilIdle(page);
            page.locator("#sign-in").click();
            Locator answer = page.locator("vaadin-notification-card").first();
            try {
                // The answer waits for a memory-hard password check on a loaded CI machine.
                assertThat(answer).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
            } catch (AssertionError silent) {
                shoot(page, "refused-sign-in-without-answer");
                throw new AssertionError("no answer to signing in as " + login + " on " + page.url(), silent);
            }
            String text = answer.textContent();
            waitUntilIdle(page);
            if (text.contains(expected)) {
                return;
            }
            if (!text.contains("Введите логин и пароль") || attempt == 3) {
                throw new AssertionError("expected \"" + expected + "\" but the page said \"" + text + "\"");
            }
        }
    }

    /** Until the page has no request to the server in flight. */
    static void waitUntilIdle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    static void createClass(Page page, String grade, String letter) {
        page.locator("#class-grade").click();
        page.locator("vaadin-select-item").getByText(grade, new com.microsoft.playwright.Locator.GetByTextOptions()
                .setExact(true)).click();
        page.locator("#class-letter input").fill(letter);
        page.locator("#class-create").click();
        // This class's own notice: the previous class's may still be showing.
        assertThat(page.getByText("Класс " + grade + letter + " создан").first()).isVisible();
    }

    static void importFile(Page page, String kind, Path file, String expected) {
        page.locator("#import-kind").getByText(kind).click();
        // The choice of kind must reach the server before the file does: the upload travels in a
        // request of its own and could otherwise be read as the kind chosen before.
        waitUntilIdle(page);
        page.locator("#import-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#import-summary")).containsText(expected);
    }

    static void confirmImport(Page page) {
        page.locator("#import-confirm").click();
        assertThat(page.locator("#import-summary")).containsText("Импорт выполнен");
    }

    /** A fresh installation set up through the wizard, with its administrator signed in on a desktop. */
    static Page adminOfANewSchool(RunningAppliance parta) {
        Page admin = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        admin.navigate(parta.baseUrl());
        fillWizard(admin, parta.setupCode().orElseThrow());
        admin.locator("#finish-setup").click();
        admin.waitForURL("**/login");
        signIn(admin, "smirnova", "Admin-2026");
        assertThat(admin.locator("#greeting")).isVisible();
        return admin;
    }

    /** Classes 5А and 6Б with the example students, through the screens. */
    static void classesWithStudents(Page admin, RunningAppliance parta) {
        admin.navigate(parta.baseUrl() + "classes");
        createClass(admin, "5", "А");
        createClass(admin, "6", "Б");
        admin.navigate(parta.baseUrl() + "import");
        importFile(admin, "Ученики", Paths.get("../config/examples/students.csv"), "Новых: 5");
        confirmImport(admin);
    }

    /** One staff member from a one-line staff file ("ФИО;Роли;Классы;Предметы;Классный руководитель"). */
    static void importStaffLine(Page admin, RunningAppliance parta, Path directory, String line) throws IOException {
        Path staff = directory.resolve("staff.csv");
        Files.writeString(staff, "ФИО;Роли;Классы;Предметы;Классный руководитель\n" + line + "\n",
                StandardCharsets.UTF_8);
        admin.navigate(parta.baseUrl() + "import");
        importFile(admin, "Сотрудники", staff, "Новых: 1");
        confirmImport(admin);
    }

    /** The administrator reads a person's activation code; the person activates in their own browser. */
    static Page activateAs(RunningAppliance parta, Page admin, String name, String login, String password,
                           int width) {
        admin.navigate(parta.baseUrl() + "people");
        admin.locator("#people-search input").fill(name);
        admin.waitForFunction("() => document.querySelector('#people-grid').size === 1");
        admin.locator("#people-grid").getByText(name).filter(new Locator.FilterOptions().setVisible(true)).first()
                .click();
        Matcher code = ACTIVATION_CODE.matcher(admin.locator("#person-code").textContent());
        if (!code.find()) {
            throw new AssertionError("no activation code on the page of " + name);
        }
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900)).newPage();
        page.navigate(parta.baseUrl() + "activate?code=" + code.group().replace("-", ""));
        page.locator("#activation-login input").fill(login);
        page.locator("#activation-password input").fill(password);
        page.locator("#activation-password-again input").fill(password);
        page.locator("#activation-submit").click();
        assertThat(page.locator("#greeting")).isVisible();
        return page;
    }

    /** A parent activating on a phone, consenting for their children. */
    static Page activateParent(RunningAppliance parta, Page admin, String name, String login, String password) {
        openPerson(admin, parta, name);
        Matcher code = ACTIVATION_CODE.matcher(admin.locator("#person-code").textContent());
        if (!code.find()) {
            throw new AssertionError("no activation code on the page of " + name);
        }
        Page phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)).newPage();
        phone.navigate(parta.baseUrl() + "activate?code=" + code.group().replace("-", ""));
        phone.locator("#activation-login input").fill(login);
        phone.locator("#activation-password input").fill(password);
        phone.locator("#activation-password-again input").fill(password);
        phone.locator("#activation-consent").click();
        phone.locator("#activation-submit").click();
        assertThat(phone.locator("#greeting")).isVisible();
        return phone;
    }

    static Locator bubble(Page page, String text) {
        return page.locator("#chat-messages .chat-message", new Page.LocatorOptions().setHasText(text));
    }

    static void type(Page page, String text) {
        page.locator("#chat-input textarea").fill(text);
        page.locator("#chat-send").click();
    }

    /** The test must not depend on the hour it runs at: quiet hours move two hours ahead of now. */
    static void quietHoursAwayFromNow(Page admin, RunningAppliance parta) {
        admin.navigate(parta.baseUrl() + "school");
        // The field shows "(UTC+03:00) Москва (МСК)": the offset is what the hours need.
        java.util.regex.Matcher offset = java.util.regex.Pattern.compile("\\(UTC([+-]\\d\\d:\\d\\d)?\\)")
                .matcher(admin.locator("#school-time-zone input").inputValue());
        ZonedDateTime now = ZonedDateTime.now(offset.find() && offset.group(1) != null
                ? java.time.ZoneOffset.of(offset.group(1)) : java.time.ZoneOffset.UTC);
        DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:00");
        admin.locator("#school-quiet-from input").fill(hours.format(now.plusHours(2)));
        admin.locator("#school-quiet-from input").press("Enter");
        admin.locator("#school-quiet-until input").fill(hours.format(now.plusHours(3)));
        admin.locator("#school-quiet-until input").press("Enter");
        admin.locator("#school-save").click();
        admin.waitForTimeout(500);
    }

    /** The administrator opens a person's page from the people list. */
    static void openPerson(Page admin, RunningAppliance parta, String name) {
        admin.navigate(parta.baseUrl() + "people");
        admin.locator("#people-search input").fill(name);
        admin.waitForFunction("() => document.querySelector('#people-grid').size === 1");
        admin.locator("#people-grid").getByText(name).filter(new Locator.FilterOptions().setVisible(true)).first()
                .click();
        assertThat(admin.locator("#person-status")).isVisible();
    }
}

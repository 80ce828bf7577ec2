package ru.parta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every screen of a new school in Chromium, at desktop and phone width: axe-core (WCAG 2.1 A and
 * AA) finds nothing, the browser reports no content-security-policy violation (the policy forbids
 * every outside origin and Vaadin's bundle must still work under it), every page carries the
 * security headers and no server name, the administrator's checklist shows the real state, and a
 * keyboard user reaches a chat's message box with one Tab and Enter.
 */
class EveryScreenIT extends HeadlessChromium {

    private static final String AXE = axeSource();
    private static final int[][] SIZES = {{1280, 900}, {390, 844}};
    /** Every screen an administrator reaches from the menu (a class's own page aside: it needs a class). */
    static final List<String> ADMIN_ROUTES = List.of("", "chats", "people", "materials", "classes", "groups",
            "invitations", "requests", "privacy", "import", "security", "chat-settings", "school", "account",
            "channels", "channel-settings/new", "rules", "moderation-log", "moderation", "moderation-list",
            "moderation-stats", "broadcast", "displays", "broadcast-plan", "broadcast-usage", "my-display", "backups", "https");

    @TempDir
    Path dataDir;

    private final List<String> problems = new ArrayList<>();

    @Test
    void everyScreenIsAccessibleSafeAndWorksUnderTheSecurityPolicy() throws Exception {
        try (RunningAppliance parta = RunningAppliance.start(dataDir, RunningAppliance.freePort())) {
            Page wizard = watched(browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)));
            Response first = wizard.navigate(parta.baseUrl());
            checkHeaders(first, "/");
            assertThat(wizard.locator("#setupCode")).isVisible();
            check(wizard, "setup", "phone");
            fillWizard(wizard, parta.setupCode().orElseThrow());
            wizard.locator("#finish-setup").click();
            wizard.waitForURL("**/login");
            checkHeaders(wizard.navigate(parta.baseUrl() + "login"), "/login");
            assertThat(wizard.locator("#login")).isVisible();
            check(wizard, "login", "phone");

            Page admin = adminOfANewSchool(parta, watched(browser.newContext(
                    new Browser.NewContextOptions().setViewportSize(1280, 900))));
            assertThat(admin.locator("#first-steps")).isVisible();
            assertThat(admin.locator("#first-steps [data-step=CLASSES].first-step-todo")).hasCount(1);
            classesWithStudents(admin, parta);
            assertEquals(false, admin.locator("#import-upload").evaluate("u => u.maxFilesReached"),
                    "after one file the import takes a corrected one at once");
            admin.navigate(parta.baseUrl());
            assertThat(admin.locator("#first-steps [data-step=CLASSES].first-step-done")).hasCount(1);
            assertThat(admin.locator("#first-steps [data-step=IMPORT_PEOPLE].first-step-todo")).hasCount(1);
            shoot(admin, "first-steps-desktop");

            String classPage = classPageOf(admin, parta, "5А");
            List<String> routes = new ArrayList<>(ADMIN_ROUTES);
            routes.add(classPage);
            for (String route : routes) {
                for (int[] size : SIZES) {
                    admin.setViewportSize(size[0], size[1]);
                    admin.navigate(parta.baseUrl() + route);
                    admin.waitForFunction("() => { const main = document.querySelector('vaadin-app-layout > :not([slot])');"
                            + " return main && main.querySelector('h2, h3'); }");
                    waitUntilIdle(admin);
                    check(admin, route.isEmpty() ? "home" : route, size[0] > 600 ? "desktop" : "phone");
                }
            }
            admin.setViewportSize(1280, 900);
            admin.navigate(parta.baseUrl() + "invitations");
            admin.locator("#invitation-target").click();
            admin.locator("vaadin-combo-box-item").getByText("класс 5А").click();
            admin.locator("#invitation-create").click();
            assertThat(admin.locator("#invitation-qr")).isVisible();
            admin.waitForTimeout(500);
            check(admin, "invitation-dialog", "desktop");
            wizard.navigate(admin.locator("#invitation-link input").inputValue());
            assertThat(wizard.locator("#join-consent")).isVisible();
            check(wizard, "join", "phone");

            admin.navigate(parta.baseUrl() + "chats");
            admin.locator("#chat-list a").first().click();
            assertThat(admin.locator(".chat-composer")).isVisible();
            waitUntilIdle(admin);
            assertTrue((Boolean) admin.evaluate("() => document.activeElement && document.activeElement.closest"
                    + " && !!document.activeElement.closest('.chat-composer')"), "the message box has focus on open");
            check(admin, "chat", "desktop");
            admin.locator("#skip-to-content").focus();
            admin.keyboard().press("Enter");
            assertTrue((Boolean) admin.evaluate("() => !!document.activeElement.closest('.chat-composer')"),
                    "in a chat, the skip link lands in the message box");

            admin.navigate(parta.baseUrl());
            waitUntilIdle(admin);
            admin.keyboard().press("Tab");
            assertEquals("skip-to-content", admin.evaluate("() => document.activeElement.id"), "first Tab: skip link");
            admin.keyboard().press("Enter");
            assertEquals("greeting", admin.evaluate("() => document.activeElement.id"),
                    "elsewhere it lands on the page's heading");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Page adminOfANewSchool(RunningAppliance parta, Page admin) {
        admin.navigate(parta.baseUrl() + "login");
        signIn(admin, "smirnova", "Admin-2026");
        assertThat(admin.locator("#greeting")).isVisible();
        return admin;
    }

    private static String classPageOf(Page admin, RunningAppliance parta, String label) {
        admin.navigate(parta.baseUrl() + "classes");
        admin.locator("#classes-grid").getByText(label, new com.microsoft.playwright.Locator.GetByTextOptions()
                .setExact(true)).first().click();
        admin.waitForURL("**/class/**");
        assertThat(admin.locator("#class-title")).isVisible();
        String route = admin.url().substring(parta.baseUrl().length());
        assertTrue(route.startsWith("class/"), route);
        return route;
    }

    /** A page whose console is listened to for content-security-policy violations. */
    private Page watched(BrowserContext context) {
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
                problems.add("CSP on " + page.url() + ": " + message.text());
            }
        });
        return page;
    }

    private void checkHeaders(Response response, String path) {
        Map<String, String> headers = response.allHeaders();
        String policy = headers.getOrDefault("content-security-policy", "");
        if (!policy.contains("default-src 'self'") || policy.contains("http") || policy.contains("*")) {
            problems.add(path + ": content security policy " + policy);
        }
        if (!"nosniff".equals(headers.get("x-content-type-options"))) {
            problems.add(path + ": no nosniff");
        }
        if (!headers.containsKey("referrer-policy")) {
            problems.add(path + ": no referrer policy");
        }
        if (headers.containsKey("server")) {
            problems.add(path + ": names its server: " + headers.get("server"));
        }
    }

    /** Runs axe-core (injected from outside the page, so the page's own policy does not apply) and notes violations. */
    private void check(Page page, String screen, String width) {
        page.evaluate(AXE);
        String violations = (String) page.evaluate("async () => { const r = await axe.run(document, {runOnly:"
                + " {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                // axe still calls this WCAG 2.1 rule experimental and skips it unless asked.
                + " rules: {'label-content-name-mismatch': {enabled: true}}});"
                + " return r.violations.map(v => v.id + ' ' + v.nodes.slice(0, 3).map(n => JSON.stringify(n.target)"
                + " + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')).join(' | ')).join('\\n'); }");
        if (!violations.isEmpty()) {
            problems.add(screen + " (" + width + "):\n" + violations);
        }
        shoot(page, "screen-" + screen.replace('/', '-') + "-" + width);
    }

    private static String axeSource() {
        try (InputStream in = EveryScreenIT.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

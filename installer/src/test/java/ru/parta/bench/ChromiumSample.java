package ru.parta.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A few real headless Chromium tabs in the same chat, to check the protocol clients against
 * what a browser shows: each tab notes (on the shared wall clock) when a message's bubble
 * appears in the page and how many times.
 */
final class ChromiumSample implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PARTA_CHROMIUM", "/usr/bin/chromium"));
    private static final String WATCH = """
            () => {
              window.benchSeen = {};
              const list = document.getElementById('chat-messages');
              new MutationObserver(records => {
                const at = performance.timeOrigin + performance.now();
                for (const r of records) for (const n of r.addedNodes) {
                  for (const m of (n.textContent || '').matchAll(/#B(\\d+)#/g)) {
                    const s = window.benchSeen[m[1]];
                    window.benchSeen[m[1]] = s ? [s[0], s[1] + 1] : [at, 1];
                  }
                }
              }).observe(list, {childList: true});
            }""";

    private final Playwright playwright;
    private final Browser browser;
    private final List<Page> pages = new ArrayList<>();

    ChromiumSample() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    /** Signs in as {@code login} in a fresh browser profile and opens the chat, watching its messages. */
    void open(int port, String login, String password, long chatId) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU"));
        Page page = context.newPage();
        page.setDefaultTimeout(120_000);
        page.navigate("http://127.0.0.1:" + port + "/login");
        page.locator("#login input").fill(login);
        page.locator("#password input").fill(password);
        page.locator("#sign-in").click();
        page.waitForSelector("#sign-out");
        page.navigate("http://127.0.0.1:" + port + "/chat/" + chatId);
        page.waitForSelector("#chat-messages vaadin-button, #chat-messages .chat-message");
        page.evaluate(WATCH);
        pages.add(page);
    }

    int size() {
        return pages.size();
    }

    /**
     * For each tab, sequence → [wall-clock milliseconds of first appearance, times seen].
     */
    List<Map<String, List<Number>>> seen() {
        List<Map<String, List<Number>>> all = new ArrayList<>();
        for (Page page : pages) {
            @SuppressWarnings("unchecked")
            Map<String, List<Number>> seen = (Map<String, List<Number>>) page.evaluate("() => window.benchSeen");
            all.add(seen);
        }
        return all;
    }

    static long[] sorted(List<Long> values) {
        long[] array = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(array);
        return array;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

package ru.parta.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.google.gson.JsonObject;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Classroom displays under the school's load: N displays (protocol clients, as display.js) and a
 * few real Chromium display pages are paired by an administrator in a real browser, who starts a PDF
 * broadcast on every display and flips its slides, then raises and clears the emergency alert; for
 * each change, the time from the click in the administrator's browser (as the page saw it, so
 * Playwright's own waiting is left out) until each display has it, on the shared wall clock. Then one
 * Chromium display is driven through a school day's worth of slide changes, accelerated, and its
 * JavaScript heap and DOM are read after garbage collection as they go.
 */
final class DisplayLoad {

    /** What to run: displays, real browser displays among them, slide changes, alerts, changes for the memory run. */
    record Settings(int displays, int chromiumDisplays, int flips, int alerts, int memoryFlips, Path dir) {
    }

    private static final String WATCH = """
            () => {
              window.benchShown = {};
              window.benchAlerts = {};
              const page = document.getElementById('picture-page');
              new MutationObserver(() => {
                const at = performance.timeOrigin + performance.now();
                if (!(page.textContent in window.benchShown)) window.benchShown[page.textContent] = at;
              }).observe(page, {childList: true, characterData: true, subtree: true});
              const alert = document.getElementById('alert');
              new MutationObserver(() => {
                const at = performance.timeOrigin + performance.now();
                window.benchAlerts[alert.hidden ? 'clear' : 'raised'] = at;
              }).observe(alert, {attributes: true, attributeFilter: ['hidden']});
            }""";

    /** When the administrator's browser saw each click (wall-clock milliseconds, fractional). */
    private static final String CLICKS = """
            () => {
              window.benchClicks = [];
              document.addEventListener('click', () => window.benchClicks.push(performance.timeOrigin + performance.now()),
                  true);
            }""";

    private final HttpClient http;
    private final int port;
    private final Settings settings;
    private final ChatLoad.Figures figures;

    DisplayLoad(HttpClient http, int port, Settings settings, ChatLoad.Figures figures) {
        this.http = http;
        this.port = port;
        this.settings = settings;
        this.figures = figures;
    }

    void run() throws Exception {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(ChromiumSample.CHROMIUM).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run",
                             "--autoplay-policy=no-user-gesture-required")))) {
            Page admin = signIn(browser);
            List<DisplayClient> displays = new ArrayList<>();
            List<Page> pages = new ArrayList<>();
            long pairing = System.nanoTime();
            admin.navigate(base() + "displays");
            for (int i = 0; i < settings.displays(); i++) {
                DisplayClient display = new DisplayClient(http, port);
                pair(admin, display.askForCode(), "Каб. " + (100 + i));
                display.connect();
                displays.add(display);
            }
            for (int i = 0; i < settings.chromiumDisplays(); i++) {
                Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 720)).newPage();
                page.navigate(base() + "display");
                String code = page.locator("#pair-code").textContent().replace(" ", "");
                pair(admin, code, "Экран " + (i + 1));
                page.locator("#idle").waitFor();
                pages.add(page);
            }
            log((displays.size() + pages.size()) + " displays paired in " + (System.nanoTime() - pairing) / 1_000_000 + " ms");
            figures.put("displays: paired (protocol + Chromium)", displays.size() + " + " + pages.size());

            Path pdf = slides(settings.dir().resolve("bench-slides.pdf"), 20);
            admin.navigate(base() + "broadcast");
            admin.locator("#broadcast-kind").click();
            admin.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("PDF")).click();
            admin.locator("#broadcast-upload input[type=file]").setInputFiles(pdf);
            admin.locator("#broadcast-file").filter(new Locator.FilterOptions().setHasText("bench-slides.pdf")).waitFor();
            admin.locator("#broadcast-start").click();
            admin.evaluate(CLICKS);
            await(() -> displays.stream().allMatch(d -> d.versions.containsKey(1L)), "the broadcast on every display");
            for (Page page : pages) {
                page.locator("#picture-page").waitFor();
                page.evaluate(WATCH);
            }
            slideChanges(admin, displays, pages);
            alerts(admin, displays, pages);
            if (!pages.isEmpty()) {
                memory(admin, pages.getFirst());
            }
            displays.forEach(DisplayClient::close);
        }
    }

    /** The administrator flips forward (back at the end) and every display must show the new page. */
    private void slideChanges(Page admin, List<DisplayClient> displays, List<Page> pages) throws Exception {
        List<Long> latencies = new ArrayList<>();
        List<Long> browserLatencies = new ArrayList<>();
        long version = 1;
        int page = 1;
        for (int i = 0; i < settings.flips(); i++) {
            boolean forward = page < 20;
            String button = forward ? "broadcast-forward-" : "broadcast-back-";
            Locator control = admin.locator("vaadin-button[id^='" + button + "']:not([disabled])");
            control.waitFor();
            control.click();
            long sent = lastClickMicros(admin);
            page += forward ? 1 : -1;
            long expected = ++version;
            await(() -> displays.stream().allMatch(d -> d.versions.containsKey(expected)), "slide change " + i);
            for (DisplayClient display : displays) {
                latencies.add((display.versions.get(expected) - sent) * 1000);
            }
            String text = page + " / 20";
            for (Page shown : pages) {
                shown.waitForFunction("t => t in window.benchShown", text);
                browserLatencies.add(Math.round(((Number) shown.evaluate("t => window.benchShown[t]", text))
                        .doubleValue() - sent / 1000.0));
                shown.evaluate("t => delete window.benchShown[t]", text);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        long[] sorted = ChromiumSample.sorted(latencies);
        figures.put("displays: slide change, click to every display, p50 (ms)", Ledger.percentileMillis(sorted, 50));
        figures.put("displays: slide change p95 (ms)", Ledger.percentileMillis(sorted, 95));
        figures.put("displays: slide change p99 (ms)", Ledger.percentileMillis(sorted, 99));
        figures.put("displays: slide change max (ms)", Ledger.percentileMillis(sorted, 100));
        if (!browserLatencies.isEmpty()) {
            long[] browsers = ChromiumSample.sorted(browserLatencies);
            figures.put("displays: slide change drawn in Chromium displays p50 / p99 (ms)",
                    browsers[browsers.length / 2] + " / " + browsers[Math.min(browsers.length - 1,
                            (int) Math.ceil(browsers.length * 0.99) - 1)]);
        }
    }

    /** The administrator raises the alert and clears it; every display must show it, then drop it. */
    private void alerts(Page admin, List<DisplayClient> displays, List<Page> pages) throws Exception {
        List<Long> latencies = new ArrayList<>();
        List<Long> browserLatencies = new ArrayList<>();
        for (int i = 0; i < settings.alerts(); i++) {
            admin.locator("#alert-text textarea").fill("Учебная тревога №" + (i + 1) + ". Выходите по лестнице Б.");
            admin.locator("#alert-raise").click();
            Locator confirm = admin.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']");
            confirm.waitFor();
            confirm.click();
            long sent = lastClickMicros(admin);
            await(() -> displays.stream().allMatch(d -> d.alerts.keySet().stream().anyMatch(a -> a > 0
                    && d.alerts.get(a) >= sent)), "alert " + i);
            for (DisplayClient display : displays) {
                long at = display.alerts.entrySet().stream().filter(e -> e.getKey() > 0 && e.getValue() >= sent)
                        .mapToLong(Map.Entry::getValue).min().orElseThrow();
                latencies.add((at - sent) * 1000);
            }
            for (Page shown : pages) {
                shown.waitForFunction("() => window.benchAlerts.raised");
                browserLatencies.add(Math.round(((Number) shown.evaluate("() => window.benchAlerts.raised"))
                        .doubleValue() - sent / 1000.0));
                shown.evaluate("() => { window.benchAlerts = {}; }");
            }
            admin.locator("#alert-clear").click();
            for (Page shown : pages) {
                shown.locator("#alert").waitFor(new Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
                shown.evaluate("() => { window.benchAlerts = {}; }");
            }
            admin.locator("#alert-raise").waitFor();
        }
        long[] sorted = ChromiumSample.sorted(latencies);
        figures.put("displays: emergency takeover, click to every display, p50 (ms)", Ledger.percentileMillis(sorted, 50));
        figures.put("displays: emergency takeover p99 (ms)", Ledger.percentileMillis(sorted, 99));
        figures.put("displays: emergency takeover max (ms)", Ledger.percentileMillis(sorted, 100));
        if (!browserLatencies.isEmpty()) {
            long[] browsers = ChromiumSample.sorted(browserLatencies);
            figures.put("displays: alert drawn in Chromium displays p50 / max (ms)",
                    browsers[browsers.length / 2] + " / " + browsers[browsers.length - 1]);
        }
    }

    /**
     * A school day and night of slide changes on one Chromium display, accelerated: its heap and DOM
     * after garbage collection, read every sixth of the run, must not grow.
     */
    private void memory(Page admin, Page display) {
        CDPSession cdp = display.context().newCDPSession(display);
        cdp.send("Performance.enable");
        List<String> series = new ArrayList<>();
        double first = 0;
        double last = 0;
        int page = currentPage(display);
        int samples = 6;
        for (int i = 0; i <= settings.memoryFlips(); i++) {
            if (i % Math.max(1, settings.memoryFlips() / samples) == 0) {
                cdp.send("HeapProfiler.collectGarbage");
                JsonObject metrics = cdp.send("Performance.getMetrics");
                double heap = metric(metrics, "JSHeapUsedSize") / 1e6;
                double nodes = metric(metrics, "Nodes");
                double listeners = metric(metrics, "JSEventListeners");
                series.add(String.format("%.2f MB/%d nodes/%d listeners", heap, (long) nodes, (long) listeners));
                if (i == 0) {
                    first = heap;
                }
                last = heap;
            }
            if (i == settings.memoryFlips()) {
                break;
            }
            boolean forward = page < 20;
            admin.locator("vaadin-button[id^='" + (forward ? "broadcast-forward-" : "broadcast-back-") + "']:not([disabled])")
                    .click();
            page += forward ? 1 : -1;
            display.waitForFunction("t => document.getElementById('picture-page').textContent === t", page + " / 20");
        }
        figures.put("display page memory over " + settings.memoryFlips() + " slide changes (heap/DOM after GC)",
                String.join(" → ", series));
        figures.put("display page heap growth over the run (MB)", last - first);
    }

    /** When the administrator's browser saw the last click, in wall-clock microseconds. */
    private static long lastClickMicros(Page admin) {
        return Math.round(((Number) admin.evaluate("() => window.benchClicks[window.benchClicks.length - 1]"))
                .doubleValue() * 1000);
    }

    private static int currentPage(Page display) {
        String text = display.locator("#picture-page").textContent();
        return Integer.parseInt(text.substring(0, text.indexOf(' ')));
    }

    private static double metric(JsonObject metrics, String name) {
        for (var element : metrics.getAsJsonArray("metrics")) {
            JsonObject metric = element.getAsJsonObject();
            if (metric.get("name").getAsString().equals(name)) {
                return metric.get("value").getAsDouble();
            }
        }
        return 0;
    }

    private Page signIn(Browser browser) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU")
                .setViewportSize(1280, 900));
        Page admin = context.newPage();
        admin.setDefaultTimeout(120_000);
        admin.navigate(base() + "login");
        admin.locator("#login input").fill(BenchSchool.staffLogin(1));
        admin.locator("#password input").fill(BenchSchool.PASSWORD);
        admin.locator("#sign-in").click();
        admin.waitForSelector("#sign-out");
        return admin;
    }

    private static void pair(Page admin, String code, String name) {
        admin.locator("#display-code input").fill(code);
        admin.locator("#display-name input").fill(name);
        admin.locator("#display-pair").click();
        admin.locator(".display-card").filter(new Locator.FilterOptions().setHasText(name)).first().waitFor();
    }

    private static void await(BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            TimeUnit.MILLISECONDS.sleep(2);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    private static Path slides(Path file, int pages) throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(new PDRectangle(960, 540));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setNonStrokingColor(new java.awt.Color((37 * i) % 255, 110, 180));
                    content.addRect(60 + 10 * i, 60, 600, 300);
                    content.fill();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void log(String line) {
        System.out.println("[bench] " + line);
    }
}

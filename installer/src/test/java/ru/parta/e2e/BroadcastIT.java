package ru.parta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classroom displays in Chromium against the real jar: a display is paired by the code on its
 * screen; the administrator starts a PDF broadcast and flips to page 2 on it; a teacher on a phone
 * shows a material of her class on her room's display and flips it; the display's network is cut
 * and restored and it resumes where the lesson is; an emergency alert appears on two displays at
 * once and clears.
 */
class BroadcastIT extends HeadlessChromium {

    private static final LocatorAssertions.ContainsTextOptions RESUME = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(20_000);

    @TempDir
    Path dataDir;

    @TempDir
    Path uploads;

    @Test
    void displaysArePairedControlledFromAPhoneAndTakenOverByAnAlert() throws Exception {
        Page admin = null;
        Page teacher = null;
        Page room12 = null;
        Page hall = null;
        try (RunningAppliance parta = RunningAppliance.start(dataDir, RunningAppliance.freePort());
             CuttableLink classroom = new CuttableLink(parta.port())) {
            admin = adminOfANewSchool(parta);
            classesWithStudents(admin, parta);
            importStaffLine(admin, parta, uploads, "Иванова Мария Петровна;учитель;5А;Математика;5А");
            teacher = activateAs(parta, admin, "Иванова Мария Петровна", "ivanova", "Uchitel-2026", 390);

            room12 = display(classroom.baseUrl());
            String code = room12.locator("#pair-code").textContent().replace(" ", "");
            shoot(room12, "display-pairing");
            pair(admin, parta, code, "Каб. 12, 5А", "Иванова Мария Петровна");
            assertThat(room12.locator("#idle")).isVisible();
            assertThat(room12.locator("#idle-school")).hasText("Школа №1");
            shoot(room12, "display-idle");
            assertThat(admin.locator("#displays-list")).containsText("в сети");
            assertThat(admin.locator("#displays-list")).containsText("Заставка с часами ✓");
            shoot(admin, "displays-desktop");

            // The administrator shows a PDF on every display and moves to page 2.
            Path pdf = pdf(uploads.resolve("Линейка.pdf"), 3);
            admin.navigate(parta.baseUrl() + "broadcast");
            admin.locator("#broadcast-kind").click();
            admin.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Слайды (PDF)")).click();
            admin.locator("#broadcast-upload input[type=file]").setInputFiles(pdf);
            assertThat(admin.locator("#broadcast-file")).containsText("Линейка.pdf");
            admin.locator("#broadcast-start").click();
            assertThat(room12.locator("#picture-image")).hasAttribute("src", Pattern.compile("/display/slide/\\d+/1$"));
            assertThat(room12.locator("#picture-page")).hasText("1 / 3");
            admin.locator("vaadin-button[id^='broadcast-forward-']").click();
            assertThat(room12.locator("#picture-image")).hasAttribute("src", Pattern.compile("/display/slide/\\d+/2$"));
            assertThat(room12.locator("#picture-page")).hasText("2 / 3");
            waitForSlide(room12);
            shoot(room12, "display-slide-2");
            // The display confirms what it shows; the control screen says so.
            assertThat(admin.locator("#broadcast-running .broadcast-screen")).containsText("слайд 2 из 3 ✓", RESUME);
            shoot(admin, "broadcast-desktop");
            admin.locator("vaadin-button[id^='broadcast-stop-']").click();
            assertThat(room12.locator("#idle")).isVisible();

            // The teacher, on her phone, shows a material of her class on her room's display.
            Path lesson = pdf(uploads.resolve("Дроби.pdf"), 2);
            teacher.navigate(parta.baseUrl() + "materials");
            teacher.locator("#materials-subject input").fill("Математика");
            teacher.keyboard().press("Enter");
            teacher.locator("#materials-folder-name input").fill("Дроби");
            teacher.locator("#materials-create-folder").click();
            teacher.locator("#materials-upload input[type=file]").setInputFiles(lesson);
            assertThat(teacher.locator("#materials-items")).containsText("Дроби.pdf");
            teacher.navigate(parta.baseUrl() + "my-display");
            assertThat(teacher.locator("#my-display-now")).containsText("Каб. 12, 5А");
            select(teacher, "#my-display-class", "5А");
            select(teacher, "#my-display-folder", "Математика — Дроби");
            teacher.locator("vaadin-button[id^='my-display-file-']").first().click();
            assertThat(room12.locator("#picture-page")).hasText("1 / 2");
            teacher.locator("vaadin-button[id^='broadcast-forward-']").click();
            assertThat(room12.locator("#picture-page")).hasText("2 / 2");
            assertThat(teacher.locator("#my-display-now")).containsText("✓", RESUME);
            teacher.waitForTimeout(300);
            shoot(teacher, "my-display-phone");

            // The display loses its network: it keeps showing the page, and after the network is back it resumes
            // what happened meanwhile.
            classroom.cut();
            teacher.locator("vaadin-button[id^='broadcast-back-']").click();
            assertThat(room12.locator("#offline")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                    .IsVisibleOptions().setTimeout(15_000));
            assertThat(room12.locator("#picture-page")).hasText("2 / 2");
            shoot(room12, "display-offline");
            classroom.restore();
            assertThat(room12.locator("#picture-page")).hasText("1 / 2", new LocatorAssertions.HasTextOptions()
                    .setTimeout(20_000));
            assertThat(room12.locator("#offline")).isHidden();

            // A second display; the alert takes over both at once and clears.
            hall = display(parta.baseUrl());
            pair(admin, parta, hall.locator("#pair-code").textContent().replace(" ", ""), "Актовый зал", null);
            assertThat(hall.locator("#idle")).isVisible();
            admin.navigate(parta.baseUrl() + "broadcast");
            admin.locator("#alert-text textarea").fill("Учебная тревога. Выходите по лестнице Б.");
            admin.locator("#alert-raise").click();
            admin.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
            for (Page display : new Page[] {room12, hall}) {
                assertThat(display.locator("#alert")).isVisible();
                assertThat(display.locator("#alert-kind")).hasText("Пожарная тревога");
                assertThat(display.locator("#alert-text")).hasText("Учебная тревога. Выходите по лестнице Б.");
            }
            shoot(hall, "display-alert");
            assertThat(admin.locator("#alert-standing-text")).containsText("Учебная тревога");
            shoot(admin, "alert-standing-desktop");
            admin.locator("#alert-clear").click();
            assertThat(room12.locator("#alert")).isHidden();
            assertThat(hall.locator("#alert")).isHidden();
            assertThat(room12.locator("#picture-page")).hasText("1 / 2");

            // Revoked: the display goes back to its pairing screen.
            admin.navigate(parta.baseUrl() + "displays");
            admin.locator(".display-card", new Page.LocatorOptions().setHasText("Актовый зал"))
                    .locator("vaadin-button[id^='display-revoke-']").click();
            admin.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
            assertThat(hall.locator("#pairing")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        } catch (AssertionError | RuntimeException e) {
            for (Page page : new Page[] {admin, teacher, room12, hall}) {
                if (page != null) {
                    shoot(page, "broadcast-failure-" + System.identityHashCode(page));
                }
            }
            throw e;
        }
    }

    /** A classroom computer's browser opening the display address: it shows a pairing code. */
    private static Page display(String baseUrl) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 720));
        Page page = context.newPage();
        page.navigate(baseUrl + "display");
        assertThat(page.locator("#pair-code")).hasText(Pattern.compile("\\d{3} \\d{3}"));
        return page;
    }

    private static void pair(Page admin, RunningAppliance parta, String code, String name, String teacher) {
        admin.navigate(parta.baseUrl() + "displays?code=" + code);
        assertThat(admin.locator("#display-code input")).hasValue(code);
        admin.locator("#display-name input").fill(name);
        if (teacher != null) {
            admin.locator("#display-keepers input").fill(teacher);
            admin.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(teacher))
                    .first().click();
            admin.keyboard().press("Escape");
        }
        admin.locator("#display-pair").click();
        assertThat(admin.locator("#displays-list")).containsText(name);
    }

    private static void select(Page page, String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
    }

    private static void waitForSlide(Page display) {
        display.waitForFunction("() => { const i = document.getElementById('picture-image');"
                + " return i.complete && i.naturalWidth > 0; }");
    }

    private static Path pdf(Path file, int pages) throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(new PDRectangle(960, 540));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setNonStrokingColor(new java.awt.Color(30 + 60 * i, 100, 200 - 50 * i));
                    content.addRect(80, 80, 800, 380);
                    content.fill();
                    content.beginText();
                    content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA_BOLD), 96);
                    content.setNonStrokingColor(java.awt.Color.WHITE);
                    content.newLineAtOffset(360, 230);
                    content.showText(String.valueOf(i + 1));
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }
}

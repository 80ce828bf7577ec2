package ru.parta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administrator publishes the school's rules; a teacher already signed in meets them on her
 * next click and accepts on a phone; the acceptance list counts her live and files as a PDF.
 */
class RulesIT extends HeadlessChromium {

    @TempDir
    Path dataDir;

    @TempDir
    Path uploads;

    @Test
    void aNewEditionOfTheRulesIsAcceptedOnTheNextNavigation() throws Exception {
        Page admin = null;
        Page teacher = null;
        try (RunningAppliance parta = RunningAppliance.start(dataDir, RunningAppliance.freePort())) {
            admin = adminOfANewSchool(parta);
            classesWithStudents(admin, parta);
            importStaffLine(admin, parta, uploads, "Иванова Мария Петровна;учитель;5А;Русский язык;5А");
            teacher = activateAs(parta, admin, "Иванова Мария Петровна", "ivanova", "Uchitel-2026", 390);

            admin.navigate(parta.baseUrl() + "rules");
            assertThat(admin.locator("#rules-title-0 input")).hasValue("Положение об использовании платформы «Парта»");
            shoot(admin, "rules-admin-desktop");
            admin.locator("#rules-publish").click();
            admin.locator("#rules-publish-confirm [theme~='primary']").click();
            assertThat(admin.locator("#rules-accepted-count")).hasText("Редакция 1: приняли 0 из 2");

            teacher.navigate(parta.baseUrl() + "chats");
            assertThat(teacher.locator("#rules-accept")).isVisible();
            assertThat(teacher.locator(".rules-page")).containsText("Правило вежливого общения");
            shoot(teacher, "rules-accept-phone");
            teacher.locator("#rules-accept").click();
            assertThat(teacher.locator("#greeting")).isVisible();

            assertThat(admin.locator("#rules-accepted-count")).hasText("Редакция 1: приняли 1 из 2");
            Page filing = admin;
            Download download = filing.waitForDownload(() -> filing.locator("#rules-pdf").click());
            String text;
            try (PDDocument pdf = Loader.loadPDF(download.path().toFile())) {
                text = new PDFTextStripper().getText(pdf);
            }
            assertTrue(text.contains("С правилами ознакомлены (1 из 2)"), text);
            assertTrue(text.contains("Иванова Мария Петровна"), text);
            // The administrator published, so she accepts too, on her own next click.
            admin.navigate(parta.baseUrl() + "people");
            assertThat(admin.locator("#rules-accept")).isVisible();
        } catch (AssertionError | RuntimeException e) {
            for (Page page : new Page[] {admin, teacher}) {
                if (page != null) {
                    shoot(page, "rules-failure-" + System.identityHashCode(page));
                }
            }
            throw e;
        }
    }
}

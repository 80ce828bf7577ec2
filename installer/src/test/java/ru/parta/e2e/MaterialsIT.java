package ru.parta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The materials library in Chromium against the real jar: a teacher uploads a PDF and a video
 * into her class's materials, a student of that class opens both (the video seeks), and a student
 * of another class gets nothing, not even by typing the file's address.
 */
class MaterialsIT extends HeadlessChromium {

    private static final Path VIDEO = Paths.get("../appliance/src/test/resources/fixtures/lesson.webm");

    @TempDir
    Path dataDir;

    @TempDir
    Path uploads;

    @Test
    void aTeacherSharesAPdfAndAVideoWithHerClassOnly() throws Exception {
        Page admin = null;
        try (RunningAppliance parta = RunningAppliance.start(dataDir, RunningAppliance.freePort())) {
            admin = adminOfANewSchool(parta);
            classesWithStudents(admin, parta);
            importStaffLine(admin, parta, uploads, "Кузнецова Ирина Львовна;учитель;5А;Математика;5А");

            Page teacher = activateAs(parta, admin, "Кузнецова Ирина Львовна", "kuznetsova", "Matematika-2026", 1280);
            teacher.navigate(parta.baseUrl() + "materials");
            assertThat(teacher.locator("#materials-class input")).hasValue("5А");
            teacher.locator("#materials-subject input").fill("Математика");
            teacher.keyboard().press("Enter");
            teacher.locator("#materials-folder-name input").fill("Дроби");
            teacher.locator("#materials-create-folder").click();
            assertThat(teacher.locator("#materials-upload")).isVisible();
            Path pdf = uploads.resolve("Дроби.pdf");
            try (PDDocument document = new PDDocument()) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                    content.addRect(72, 600, 300, 120);
                    content.fill();
                }
                document.save(pdf.toFile());
            }
            Path video = uploads.resolve("Урок.webm");
            Files.copy(VIDEO, video);
            teacher.locator("#materials-upload input[type=file]").setInputFiles(new Path[] {pdf, video});
            assertThat(teacher.locator("#materials-items")).containsText("Урок.webm");
            assertThat(teacher.locator("#materials-items")).containsText("Дроби.pdf");
            shoot(teacher, "materials-teacher-desktop");
            Path disguised = uploads.resolve("photo.jpg");
            Files.write(disguised, windowsProgram());
            teacher.locator("#materials-upload input[type=file]").setInputFiles(disguised);
            assertThat(teacher.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText("загружать нельзя")).first()).isVisible();
            assertThat(teacher.locator("#materials-items")).not().containsText("photo.jpg");
            String pdfLink = teacher.locator("#materials-items a.material-download").first().getAttribute("href");
            assertTrue(pdfLink.startsWith("/files/"), pdfLink);

            Page student = activateAs(parta, admin, "Петров Артём Сергеевич", "petrov", "Uchenik-2026", 390);
            student.navigate(parta.baseUrl() + "materials");
            student.locator("#materials-folders").getByText("Дроби").click();
            student.locator(".material-open").filter(new Locator.FilterOptions().setHasText("Дроби.pdf")).click();
            assertThat(student.locator("#material-preview")).isVisible();
            student.waitForFunction("() => { const i = document.querySelector('#material-preview');"
                    + " return i && i.complete && i.naturalWidth > 0; }");
            shoot(student, "materials-pdf-phone");
            student.keyboard().press("Escape");
            student.locator(".material-open").filter(new Locator.FilterOptions().setHasText("Урок.webm")).click();
            student.waitForFunction("() => { const v = document.querySelector('#material-player');"
                    + " return v && v.readyState >= 1 && v.duration > 3; }");
            Object seeked = student.evaluate("() => new Promise(done => { const v = document.querySelector('#material-player');"
                    + " v.addEventListener('seeked', () => done(v.currentTime), { once: true }); v.currentTime = 2.5; })");
            assertEquals(2.5, ((Number) seeked).doubleValue(), 0.3, "the video seeks (range requests)");
            student.waitForTimeout(400);
            shoot(student, "materials-video-phone");

            Page other = activateAs(parta, admin, "Волков Денис Андреевич", "volkov", "Drugoi-2026", 1280);
            other.navigate(parta.baseUrl() + "materials");
            assertThat(other.locator("#materials-class input")).hasValue("6Б");
            var refused = other.navigate(parta.baseUrl() + pdfLink.substring(1));
            assertEquals(404, refused.status(), "a student of 6Б gets nothing by the address");
            parta.stop();
        } catch (AssertionError | RuntimeException e) {
            if (admin != null) {
                shoot(admin, "materials-failure");
            }
            throw e;
        }
    }

    /** A 64-bit Windows program's header (MZ, then a PE header for x86-64), as any .exe starts. */
    private static byte[] windowsProgram() {
        java.nio.ByteBuffer program = java.nio.ByteBuffer.allocate(1024).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        program.put(0, (byte) 'M').put(1, (byte) 'Z').putInt(0x3C, 0x80);
        program.put(0x80, (byte) 'P').put(0x81, (byte) 'E').putShort(0x84, (short) 0x8664);
        return program.array();
    }
}

package ru.parta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bringing a school in, in real headless Chromium against the real jar: the administrator creates
 * classes, imports the example students and parents files, prints a class's activation slips (the
 * PDF's text and QR codes are read back), and a parent activates from the QR link on a phone.
 */
class SchoolRosterIT extends HeadlessChromium {

    private static final Path EXAMPLES = Paths.get("../config/examples");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");

    @TempDir
    Path dataDir;

    @Test
    void anAdministratorBringsTheSchoolInAndAParentActivates() throws Exception {
        Page page = null;
        try (RunningAppliance parta = RunningAppliance.start(dataDir, RunningAppliance.freePort())) {
            page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
            page.navigate(parta.baseUrl());
            fillWizard(page, parta.setupCode().orElseThrow());
            page.locator("#finish-setup").click();
            page.waitForURL("**/login");
            signIn(page, "smirnova", "Admin-2026");
            assertThat(page.locator("#greeting")).isVisible();

            page.navigate(parta.baseUrl() + "classes");
            createClass(page, "5", "А");
            createClass(page, "6", "б");
            assertThat(page.locator("#classes-grid")).containsText("6Б");
            shoot(page, "classes-desktop");

            page.navigate(parta.baseUrl() + "import");
            importFile(page, "Ученики", EXAMPLES.resolve("students.csv"), "Новых: 5");
            shoot(page, "import-preview-desktop");
            confirmImport(page);
            importFile(page, "Родители", EXAMPLES.resolve("parents.csv"), "Новых: 4");
            confirmImport(page);

            page.navigate(parta.baseUrl() + "people");
            assertThat(page.locator("#people-grid")).containsText("Волкова Ирина Андреевна");
            shoot(page, "people-desktop");

            page.navigate(parta.baseUrl() + "classes");
            page.locator("#classes-grid").getByText("5А").click();
            assertThat(page.locator("#class-title")).hasText("Класс 5А");
            shoot(page, "class-desktop");
            Page admin = page;
            Download download = admin.waitForDownload(() -> admin.locator("#class-slips").click());
            Path pdf = HeadlessChromium.SHOTS.resolve("slips-5A.pdf");
            download.saveAs(pdf);

            Map<String, String> codes = slipCodes(pdf);
            assertEquals(Set.of("Петров Артём Сергеевич", "Сидорова Анна Игоревна", "Ким Александр Олегович",
                    "Петрова Елена Викторовна", "Петров Сергей Николаевич", "Сидоров Игорь Павлович"), codes.keySet());
            Set<String> links;
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                links = Set.copyOf(ru.parta.people.SlipReader.qrLinks(document));
            }
            assertEquals(codes.values().stream().map(c -> parta.baseUrl() + "activate?code=" + c.replace("-", ""))
                    .collect(Collectors.toSet()), links, "each slip's QR code opens its own activation link");

            String petrovaLink = parta.baseUrl() + "activate?code=" + codes.get("Петрова Елена Викторовна")
                    .replace("-", "");
            page.navigate(parta.baseUrl() + "people");
            page.locator("#people-search input").fill("Петрова");
            assertThat(page.locator("#people-grid")).containsText("Не активирован");

            Page phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)).newPage();
            phone.navigate(petrovaLink);
            assertThat(phone.locator("#activation-person")).hasText("Здравствуйте, Петрова Елена Викторовна!");
            assertThat(phone.locator("#activation-children")).containsText("Петров Артём Сергеевич, 5А");
            shoot(phone, "activation-phone");
            phone.locator("#activation-login input").fill("petrova");
            phone.locator("#activation-password input").fill("Mama-2026");
            phone.locator("#activation-password-again input").fill("Mama-2026");
            phone.locator("#activation-submit").click();
            assertThat(phone.getByText("подтвердите согласие").first()).isVisible();
            phone.locator("#activation-password input").fill("Mama-2026");
            phone.locator("#activation-password-again input").fill("Mama-2026");
            phone.locator("#activation-consent").click();
            phone.locator("#activation-submit").click();
            assertThat(phone.locator("#greeting")).hasText("Здравствуйте, Петрова Елена Викторовна!");
            assertThat(phone.locator("#current-roles")).hasText("Родитель");
            // The administrator's open people screen shows the activation without a reload (push).
            assertThat(page.locator("#people-grid")).containsText("Активен");
            page.locator("#people-grid").getByText("Петрова Елена Викторовна").first().click();
            assertThat(page.locator("#person-phone input")).hasValue("+7 912 345-67-89");
            shoot(page, "person-desktop");
            shoot(phone, "home-after-activation-phone");
            phone.navigate(parta.baseUrl() + "people");
            assertThat(phone.locator("#people-grid")).containsText("Петров Артём Сергеевич");
            shoot(phone, "people-phone");

            Page reused = browser.newContext().newPage();
            reused.navigate(petrovaLink);
            assertThat(reused.getByText("Этот код уже использован").first()).isVisible();

            page.navigate(parta.baseUrl() + "school");
            assertThat(page.locator("#school-year")).containsText("Текущий учебный год");
            shoot(page, "school-desktop");
            page.navigate(parta.baseUrl() + "groups");
            page.locator("#groups-grid").getByText("Учительская").click();
            assertThat(page.locator("#group-members")).containsText("Смирнова Ольга Викторовна");
            shoot(page, "groups-desktop");
            page.setViewportSize(390, 844);
            page.navigate(parta.baseUrl() + "import");
            assertThat(page.locator("#import-kind")).isVisible();
            shoot(page, "import-phone");
            page.navigate(parta.baseUrl() + "classes");
            assertThat(page.locator("#classes-grid")).containsText("5А");
            shoot(page, "classes-phone");
            page.navigate(parta.baseUrl() + "people");
            assertThat(page.locator("#people-grid")).containsText("Волкова Ирина Андреевна");
            shoot(page, "people-admin-phone");
            page.locator("#people-grid").getByText("Ким Александр Олегович").first().click();
            assertThat(page.locator("#person-code")).containsText("Код активации");
            shoot(page, "person-phone");
            parta.stop();
        } catch (AssertionError | RuntimeException e) {
            if (page != null) {
                shoot(page, "roster-failure");
            }
            throw e;
        }
    }

    /** The code printed under each name, in the order the slips are laid out. */
    private static Map<String, String> slipCodes(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String[] lines = new PDFTextStripper().getText(document).split("\\R");
            Map<String, String> codes = new LinkedHashMap<>();
            String name = null;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("Приглашение")) {
                    // A long name wraps; it ends where the role line ("Ученик, 5А", "Родитель: …") starts.
                    StringBuilder full = new StringBuilder();
                    for (int j = i + 1; !lines[j].startsWith("Ученик") && !lines[j].startsWith("Родитель"); j++) {
                        full.append(full.isEmpty() ? "" : " ").append(lines[j].strip());
                    }
                    name = full.toString();
                }
                Matcher code = CODE.matcher(lines[i]);
                if (name != null && code.matches()) {
                    codes.put(name, code.group());
                    name = null;
                }
            }
            return codes;
        }
    }
}

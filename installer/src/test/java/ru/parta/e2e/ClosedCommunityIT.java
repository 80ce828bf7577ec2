package ru.parta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The closed community in two (three) Chromium contexts against the real jar: a class teacher
 * makes a link for parents, a parent registers through it and waits, the teacher approves with the
 * child, the parent gets in; then the administrator ends the parent's sessions and the parent's
 * open page drops to the sign-in page by itself.
 */
class ClosedCommunityIT extends HeadlessChromium {


    @TempDir
    Path dataDir;

    @Test
    void aTeachersLinkBringsAParentInAndTheAdministratorCanSendThemOut() throws Exception {
        Page admin = null;
        try (RunningAppliance parta = RunningAppliance.start(dataDir, RunningAppliance.freePort())) {
            admin = adminOfANewSchool(parta);
            classesWithStudents(admin, parta);
            importStaffLine(admin, parta, dataDir,
                    "Иванова Мария Петровна;учитель;5А;Русский язык;5А");
            Page teacher = activateAs(parta, admin, "Иванова Мария Петровна", "ivanova", "Uchitel-2026", 1280);

            teacher.navigate(parta.baseUrl() + "invitations");
            teacher.locator("#invitation-target").click();
            teacher.locator("vaadin-combo-box-item").getByText("класс 5А").click();
            teacher.locator("#invitation-note input").fill("Родительское собрание 5А");
            teacher.locator("#invitation-create").click();
            assertThat(teacher.locator("#invitation-qr")).isVisible();
            teacher.waitForTimeout(500);
            String link = teacher.locator("#invitation-link input").inputValue();
            assertTrue(link.startsWith(parta.baseUrl() + "join/"), link);
            shoot(teacher, "invitation-qr-desktop");
            teacher.keyboard().press("Escape");
            assertThat(teacher.locator("#invitations-grid")).containsText("Иванова Мария Петровна");
            shoot(teacher, "invitations-desktop");

            // The teacher's requests page is open before the parent applies: the request appears on it by itself.
            teacher.navigate(parta.baseUrl() + "requests");
            assertThat(teacher.getByText("Заявок, ожидающих решения, нет.")).isVisible();

            Page parent = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)).newPage();
            parent.navigate(link);
            assertThat(parent.locator("#join-what")).containsText("Родитель");
            parent.locator("#join-name input").fill("Петрова Елена Викторовна");
            parent.locator("#join-login input").fill("petrova");
            parent.locator("#join-password input").fill("Mama-2026");
            parent.locator("#join-password-again input").fill("Mama-2026");
            parent.locator("#join-child input").fill("Петров Артем Сергеевич");
            parent.locator("#join-consent").click();
            shoot(parent, "join-phone");
            parent.locator("#join-register").click();
            assertThat(parent.locator(".waiting-request")).containsText("Ожидает решения");
            shoot(parent, "waiting-phone");

            assertThat(teacher.locator("#requests-grid")).containsText("Петрова Елена Викторовна");
            shoot(teacher, "requests-desktop");
            teacher.locator(".request-approve").first().click();
            assertThat(teacher.locator("#request-child input")).hasValue("Петров Артём Сергеевич, 5А");
            teacher.locator("#request-approve-confirm").click();
            assertThat(teacher.getByText("Заявок, ожидающих решения, нет.")).isVisible();

            parent.navigate(parta.baseUrl());
            assertThat(parent.locator("#greeting")).hasText("Здравствуйте, Петрова Елена Викторовна!");
            parent.navigate(parta.baseUrl() + "account");
            assertThat(parent.locator("#account-sessions")).containsText("это устройство");
            shoot(parent, "account-phone");

            admin.navigate(parta.baseUrl() + "people");
            admin.locator("#people-search input").fill("Петрова");
            assertThat(admin.locator("#people-grid")).not().containsText("Волков Денис");
            admin.locator("#people-grid").getByText("Петрова Елена Викторовна")
                    .filter(new Locator.FilterOptions().setVisible(true)).first().click();
            assertThat(admin.locator("#person-children-text")).containsText("Петров Артём Сергеевич");
            shoot(admin, "person-account-desktop");
            admin.locator("#person-end-sessions").click();
            // The parent's open page closes by itself (its live connection is closed), no reload.
            parent.waitForURL("**/login", new Page.WaitForURLOptions().setTimeout(5000));
            assertThat(parent.locator("#sign-in")).isVisible();

            admin.navigate(parta.baseUrl() + "security");
            assertThat(admin.locator("#security-log")).containsText("joinRequest.approved");
            shoot(admin, "security-desktop");
            admin.navigate(parta.baseUrl() + "privacy");
            assertThat(admin.locator("#opt-outs")).isVisible();
            shoot(admin, "privacy-desktop");
            admin.navigate(parta.baseUrl() + "account");
            assertThat(admin.locator("#account-sessions")).isVisible();
            shoot(admin, "account-desktop");
            admin.locator("#language-en").click();
            assertThat(admin.locator("h2").first()).hasText("My profile");
            shoot(admin, "account-desktop-en");
            teacher.navigate(parta.baseUrl() + "invitations");
            assertThat(teacher.locator("#invitation-create")).isVisible();
            teacher.locator("#language-en").click();
            assertThat(teacher.locator("#invitation-create")).hasText("Create link");
            shoot(teacher, "invitations-desktop-en");
            parta.stop();
        } catch (AssertionError | RuntimeException e) {
            if (admin != null) {
                shoot(admin, "closed-community-failure");
            }
            throw e;
        }
    }
}

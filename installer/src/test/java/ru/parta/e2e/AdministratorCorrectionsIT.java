package ru.parta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An administrator's mistakes undone in Chromium: a mother linked to a second child later is asked
 * for consent on her phone before anything else; the wrong link is undone and she loses that
 * class's parent chat at once; a group is renamed; a class made by mistake is deleted while a real
 * one is kept with a clear reason.
 */
class AdministratorCorrectionsIT extends HeadlessChromium {

    @TempDir
    Path dataDir;

    @Test
    void anAdministratorUndoesMistakesAndAParentConsentsForAChildLinkedLater() throws Exception {
        Page admin = null;
        try (RunningAppliance parta = RunningAppliance.start(dataDir, RunningAppliance.freePort())) {
            admin = adminOfANewSchool(parta);
            classesWithStudents(admin, parta);
            admin.navigate(parta.baseUrl() + "import");
            importFile(admin, "Родители", Paths.get("../config/examples/parents.csv"), "Новых: 4");
            confirmImport(admin);

            Page mother = activateParent(parta, admin, "Петрова Елена Викторовна", "petrova", "Mama-2026");
            openPerson(admin, parta, "Петрова Елена Викторовна");
            admin.locator("#person-child input").fill("Волков");
            admin.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Волков Денис")).click();
            admin.locator("#person-link-child").click();
            assertThat(admin.locator("#person-linked-children")).containsText("Волков Денис Андреевич, 6Б");

            mother.navigate(parta.baseUrl() + "chats");
            assertThat(mother.locator("#consent-children")).containsText("Волков Денис Андреевич");
            shoot(mother, "consent-phone");
            mother.locator("#consent-accept").click();
            mother.locator("#consent-confirm").click();
            assertThat(mother.locator("#greeting")).isVisible();
            mother.navigate(parta.baseUrl() + "chats");
            assertThat(mother.locator("#chat-list")).containsText("6Б");

            shoot(admin, "person-linked-children-desktop");
            admin.locator("#person-linked-children .person-unlink-child")
                    .and(admin.locator("[aria-label*='Волков']")).click();
            assertThat(admin.locator("#person-linked-children")).not().containsText("Волков");
            mother.navigate(parta.baseUrl() + "chats");
            assertThat(mother.locator("#chat-list")).containsText("5А");
            assertThat(mother.locator("#chat-list")).not().containsText("6Б");

            admin.navigate(parta.baseUrl() + "groups");
            admin.locator("#group-name input").fill("Шахматы");
            admin.locator("#group-create").click();
            admin.locator("#group-new-name input").fill("Шахматный клуб");
            admin.locator("#group-rename").click();
            assertThat(admin.locator("#groups-grid")).containsText("Шахматный клуб");
            shoot(admin, "group-renamed-desktop");

            admin.navigate(parta.baseUrl() + "classes");
            createClass(admin, "9", "Я");
            admin.locator("#classes-grid").getByText("9Я", new Locator.GetByTextOptions().setExact(true)).click();
            admin.locator("#class-delete").click();
            assertThat(admin.locator("#class-delete-confirm")).isVisible();
            admin.waitForTimeout(400);
            shoot(admin, "class-delete-desktop");
            admin.locator("#class-delete-confirm").click();
            admin.waitForURL("**/classes");
            assertThat(admin.locator("#classes-grid")).not().containsText("9Я");
            admin.locator("#classes-grid").getByText("5А", new Locator.GetByTextOptions().setExact(true)).click();
            admin.locator("#class-delete").click();
            admin.locator("#class-delete-confirm").click();
            assertThat(admin.getByText("в нём есть или были ученики").first()).isVisible();
            admin.setViewportSize(390, 844);
            admin.waitForTimeout(300);
            shoot(admin, "class-kept-phone");
        } catch (AssertionError | RuntimeException e) {
            if (admin != null) {
                shoot(admin, "corrections-failure");
            }
            throw e;
        }
    }
}

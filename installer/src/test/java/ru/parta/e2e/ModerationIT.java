package ru.parta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The school's list and a parent's report in the parents' chat: the administrator adds a pattern
 * that holds betting links; a father's link waits and the class teacher rejects it; a mother reports
 * the father's remark about her, the class teacher hides it from her queue, the mother learns the
 * outcome; the statistics count it all.
 */
class ModerationIT extends HeadlessChromium {

    @TempDir
    Path dataDir;

    @TempDir
    Path uploads;

    @Test
    void aParentsReportIsDecidedByTheClassTeacherAndTheSchoolsListHoldsALink() throws Exception {
        Page admin = null;
        Page teacher = null;
        Page mother = null;
        Page father = null;
        try (RunningAppliance parta = RunningAppliance.start(dataDir, RunningAppliance.freePort())) {
            admin = adminOfANewSchool(parta);
            classesWithStudents(admin, parta);
            admin.navigate(parta.baseUrl() + "import");
            importFile(admin, "Родители", Paths.get("../config/examples/parents.csv"), "Новых: 4");
            confirmImport(admin);
            importStaffLine(admin, parta, uploads, "Иванова Мария Петровна;учитель;5А;Русский язык;5А");
            quietHoursAwayFromNow(admin, parta);

            admin.navigate(parta.baseUrl() + "moderation-list");
            admin.locator("#filter-list-kind").click();
            pick(admin, "шаблон");
            admin.locator("#filter-list-entry input").fill("1xbet\\.\\w+");
            admin.locator("#filter-list-action").click();
            pick(admin, "задержать");
            admin.locator("#filter-list-reason").click();
            pick(admin, "азартные игры");
            admin.locator("#filter-list-add").click();
            assertThat(admin.locator("#filter-list-entries")).containsText("1xbet\\.\\w+");
            admin.locator("#filter-list-try textarea").fill("Заходите на 1XBET.com");
            admin.locator("#filter-list-check").click();
            assertThat(admin.locator("#filter-list-verdict")).containsText("задержать до проверки");
            shoot(admin, "filter-list-desktop");
            admin.setViewportSize(390, 844);
            admin.waitForTimeout(300);
            shoot(admin, "filter-list-phone");
            admin.setViewportSize(1280, 900);

            teacher = activateAs(parta, admin, "Иванова Мария Петровна", "ivanova", "Uchitel-2026", 1280);
            mother = activateParent(parta, admin, "Петрова Елена Викторовна", "petrova", "Mama-2026");
            father = activateParent(parta, admin, "Сидоров Игорь Павлович", "sidorov", "Papa-2026");
            openParentsChat(father, parta);
            openParentsChat(mother, parta);

            type(father, "Кому интересно — ставки на матч: 1xbet.com, промокод ШКОЛА");
            assertThat(father.locator("#chat-held")).containsText("На проверке у модератора");
            teacher.navigate(parta.baseUrl() + "moderation");
            assertThat(teacher.locator("#moderation-pending")).containsText("Задержано фильтром: список школы");
            assertThat(teacher.locator("#moderation-pending")).containsText("ставки на матч");
            teacher.locator("#moderation-pending vaadin-button[id^='moderation-reject-']").first().click();
            assertThat(teacher.locator("#moderation-pending")).containsText("Сообщений на проверке нет");
            assertThat(father.locator("vaadin-notification-card", new Page.LocatorOptions()
                    .setHasText("не одобрил"))).isVisible();
            assertThat(mother.locator("#chat-messages")).not().containsText("ставки на матч");

            type(father, "Петрова опять всех достала своими вопросами, сколько можно");
            bubble(mother, "всех достала").locator(".chat-more").click();
            mother.locator("#chat-action-report").click();
            mother.locator("#report-reason").getByText("травля").click();
            mother.locator("#report-comment textarea").fill("Прошу убрать");
            mother.locator("#report-send").click();
            assertThat(mother.locator("vaadin-notification-card", new Page.LocatorOptions()
                    .setHasText("Жалоба отправлена"))).isVisible();
            assertThat(teacher.locator("#moderation-queue")).containsText("всех достала", LIVE);
            assertThat(teacher.locator("#nav-moderation-count")).hasText("1");
            assertThat(teacher.locator("#moderation-queue")).containsText("Прошу убрать");
            shoot(teacher, "moderation-queue-parent-desktop");
            teacher.setViewportSize(390, 844);
            teacher.waitForTimeout(300);
            shoot(teacher, "moderation-queue-parent-phone");
            teacher.setViewportSize(1280, 900);
            teacher.locator("#moderation-queue vaadin-button[id^='moderation-hide-']").first().click();
            assertThat(teacher.locator("#moderation-queue")).containsText("Новых жалоб нет");
            assertThat(teacher.locator("#nav-moderation-count")).hasText("");
            assertThat(mother.locator("vaadin-notification-card", new Page.LocatorOptions()
                    .setHasText("Ваша жалоба рассмотрена"))).isVisible();
            assertThat(mother.locator("#chat-messages")).containsText("Удалено модератором: травля");
            assertThat(mother.locator("#chat-messages")).not().containsText("всех достала");
            mother.navigate(parta.baseUrl() + "moderation");
            assertThat(mother.locator("#moderation-mine")).containsText("сообщение скрыто");
            shoot(mother, "moderation-mine-parent-phone");

            admin.navigate(parta.baseUrl() + "moderation-stats");
            assertThat(admin.locator("#moderation-stats-figures")).containsText("Жалоб и отметок");
            assertThat(admin.locator("#moderation-stats-reasons")).containsText("травля");
            assertThat(admin.locator("#moderation-stats-classes")).containsText("5А");
            shoot(admin, "moderation-stats-desktop");
            admin.setViewportSize(390, 844);
            admin.waitForTimeout(300);
            shoot(admin, "moderation-stats-phone");
            admin.setViewportSize(1280, 900);
            admin.locator("#language-en").click();
            assertThat(admin.locator("h2").first()).hasText("Moderation statistics");
            assertThat(admin.locator("#moderation-stats-reasons")).containsText("bullying");
            shoot(admin, "moderation-stats-desktop-en");
            admin.navigate(parta.baseUrl() + "moderation-list");
            assertThat(admin.locator("#filter-list-entries")).containsText("hold for review");
            shoot(admin, "filter-list-desktop-en");
        } catch (AssertionError | RuntimeException e) {
            for (Page page : new Page[] {admin, teacher, mother, father}) {
                if (page != null) {
                    shoot(page, "moderation-failure-" + System.identityHashCode(page));
                }
            }
            throw e;
        }
    }

    private static final LocatorAssertions.ContainsTextOptions LIVE =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    /** The visible item of the select just opened (the other selects' items are in the page too). */
    private static void pick(Page page, String text) {
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(text)
                .setVisible(true)).click();
    }

    private static void openParentsChat(Page page, RunningAppliance parta) {
        page.navigate(parta.baseUrl() + "chats");
        page.locator(".chat-row-title", new Page.LocatorOptions().setHasText(
                java.util.regex.Pattern.compile("^Родительский чат 5А класса$"))).click();
        assertThat(page.locator("#chat-title")).hasText("Родительский чат 5А класса");
    }
}

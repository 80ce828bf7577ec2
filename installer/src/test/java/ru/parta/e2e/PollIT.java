package ru.parta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teacher runs an anonymous poll in the class chat; two students vote on their phones, one
 * changes her mind; every browser's results move live; the teacher closes it.
 */
class PollIT extends HeadlessChromium {

    @TempDir
    Path dataDir;

    @TempDir
    Path uploads;

    @Test
    void aTeachersAnonymousPollIsCountedLiveEverywhere() throws Exception {
        Page admin = null;
        Page teacher = null;
        Page artyom = null;
        Page anna = null;
        try (RunningAppliance parta = RunningAppliance.start(dataDir, RunningAppliance.freePort())) {
            admin = adminOfANewSchool(parta);
            classesWithStudents(admin, parta);
            importStaffLine(admin, parta, uploads, "Иванова Мария Петровна;учитель;5А;Русский язык;5А");
            quietHoursAwayFromNow(admin, parta);
            teacher = activateAs(parta, admin, "Иванова Мария Петровна", "ivanova", "Uchitel-2026", 1280);
            artyom = activateAs(parta, admin, "Петров Артём Сергеевич", "petrov", "Uchenik-2026", 390);
            anna = activateAs(parta, admin, "Сидорова Анна Игоревна", "sidorova", "Uchenica-2026", 390);

            openClassChat(teacher, parta);
            teacher.locator("#chat-poll").click();
            teacher.locator("#poll-question input").fill("Куда пойдём на экскурсию?");
            teacher.locator("#poll-answer-0 input").fill("Музей");
            teacher.locator("#poll-answer-1 input").fill("Театр");
            teacher.locator("#poll-add-answer").click();
            teacher.locator("#poll-answer-2 input").fill("Парк");
            teacher.locator("#poll-anonymous").click();
            teacher.waitForTimeout(300);
            shoot(teacher, "poll-new-desktop");
            teacher.locator("#poll-create").click();
            Locator teachersCard = teacher.locator(".chat-poll", new Page.LocatorOptions()
                    .setHasText("Куда пойдём на экскурсию?"));
            assertThat(teachersCard).containsText("Проголосовали: 0");

            openClassChat(artyom, parta);
            openClassChat(anna, parta);
            // A disguised obscenity: refused with a reason, the text stays in the box to rephrase.
            artyom.locator("#chat-input textarea").fill("ну это х.у.йня какая-то");
            artyom.locator("#chat-send").click();
            assertThat(artyom.locator("vaadin-notification-card")).containsText("ненормативная лексика");
            assertThat(artyom.locator("#chat-input textarea")).hasValue("ну это х.у.йня какая-то");
            shoot(artyom, "filter-refused-phone");
            artyom.locator("#chat-input textarea").fill("");
            assertThat(teacher.locator("#chat-messages")).not().containsText("йня");
            // A message that exposes a classmate: the class teacher removes it, the class sees why, live.
            artyom.locator("#chat-input textarea").fill("Анна живёт на Садовой 12, квартира 5");
            artyom.locator("#chat-send").click();
            Locator exposing = anna.locator("#chat-messages .chat-message",
                    new Page.LocatorOptions().setHasText("Садовой 12"));
            assertThat(exposing).isVisible();
            teacher.locator("#chat-messages .chat-message", new Page.LocatorOptions().setHasText("Садовой 12"))
                    .locator(".chat-more").click();
            teacher.locator("#chat-action-moderate").click();
            teacher.locator("#moderation-reason").getByText("чужие персональные данные").click();
            teacher.locator("#moderation-hide-confirm").click();
            assertThat(anna.locator("#chat-messages")).containsText("Удалено модератором: чужие персональные данные");
            assertThat(anna.locator("#chat-messages")).not().containsText("Садовой 12");
            assertThat(artyom.locator("vaadin-notification-card", new Page.LocatorOptions()
                    .setHasText("скрыто модератором"))).isVisible();
            shoot(anna, "moderated-phone");
            Locator artyomsCard = artyom.locator(".chat-poll");
            Locator annasCard = anna.locator(".chat-poll");
            artyomsCard.locator(".chat-poll-option", new Locator.LocatorOptions().setHasText("Музей")).click();
            artyomsCard.locator(".chat-poll-vote").click();
            assertThat(artyomsCard.locator(".chat-poll-vote")).hasText("Изменить голос");
            assertThat(teachersCard.locator(".chat-poll-voters")).hasText("Проголосовали: 1", SLOW_TEXT);
            annasCard.locator(".chat-poll-option", new Locator.LocatorOptions().setHasText("Театр")).click();
            annasCard.locator(".chat-poll-vote").click();
            assertThat(teachersCard.locator(".chat-poll-voters")).hasText("Проголосовали: 2", SLOW_TEXT);
            // Artyom changes his mind: Anna's phone shows the theatre ahead without a reload.
            artyomsCard.locator(".chat-poll-option", new Locator.LocatorOptions().setHasText("Театр")).click();
            artyomsCard.locator(".chat-poll-vote").click();
            assertThat(annasCard.locator(".chat-poll-option", new Locator.LocatorOptions().setHasText("Театр"))
                    .locator(".chat-poll-count")).hasText("2", SLOW_TEXT);
            assertThat(annasCard.locator(".chat-poll-voters")).hasText("Проголосовали: 2");
            shoot(anna, "poll-live-phone");

            teachersCard.locator(".chat-poll-results").click();
            assertThat(teacher.locator("#poll-results")).containsText("Театр");
            teacher.waitForTimeout(300);
            shoot(teacher, "poll-results-desktop");
            teacher.locator("#poll-close").click();
            assertThat(annasCard.locator(".chat-poll-closed")).hasText("опрос закрыт", SLOW_TEXT);
            assertThat(annasCard.locator(".chat-poll-vote")).hasCount(0);
            shoot(teacher, "poll-closed-desktop");

            // Anna reports a message; the class teacher decides it from her queue; Anna learns the outcome.
            artyom.locator("#chat-input textarea").fill("Анька опять всё списала, не давайте ей ничего");
            artyom.locator("#chat-send").click();
            Locator mean = anna.locator("#chat-messages .chat-message", new Page.LocatorOptions().setHasText("Анька"));
            mean.locator(".chat-more").click();
            anna.locator("#chat-action-report").click();
            anna.locator("#report-reason").getByText("травля").click();
            anna.locator("#report-comment textarea").fill("Это неправда");
            anna.waitForTimeout(300);
            shoot(anna, "report-phone");
            anna.locator("#report-send").click();
            teacher.navigate(parta.baseUrl() + "moderation");
            assertThat(teacher.locator("#moderation-queue")).containsText("Анька опять всё списала");
            assertThat(teacher.locator("#moderation-queue")).containsText("Это неправда");
            shoot(teacher, "moderation-queue-desktop");
            teacher.locator("#moderation-queue vaadin-button[id^='moderation-hide-']").first().click();
            assertThat(teacher.locator("#moderation-queue")).containsText("Новых жалоб нет");
            assertThat(anna.locator("vaadin-notification-card", new Page.LocatorOptions()
                    .setHasText("Ваша жалоба рассмотрена"))).isVisible();
            assertThat(anna.locator("#chat-messages")).containsText("Удалено модератором: травля");
            anna.navigate(parta.baseUrl() + "moderation");
            assertThat(anna.locator("#moderation-mine")).containsText("сообщение скрыто");

            // Pre-moderation: the class teacher switches it on; Artyom's message waits; once approved the class sees it.
            openClassChat(teacher, parta);
            teacher.locator("#chat-premoderation").click();
            assertThat(teacher.locator("vaadin-notification-card", new Page.LocatorOptions()
                    .setHasText("Предмодерация включена"))).isVisible();
            openClassChat(artyom, parta);
            openClassChat(anna, parta);
            assertThat(artyom.locator("#chat-premoderation-note")).isVisible();
            artyom.locator("#chat-input textarea").fill("Можно я сдам проект в пятницу?");
            artyom.locator("#chat-send").click();
            assertThat(artyom.locator("#chat-held")).containsText("На проверке у модератора");
            assertThat(artyom.locator("vaadin-notification-card", new Page.LocatorOptions()
                    .setHasText("на проверку модератору"))).isVisible();
            shoot(artyom, "premoderation-waiting-phone");
            anna.waitForTimeout(1000);
            assertThat(anna.locator("#chat-messages")).not().containsText("сдам проект");
            teacher.navigate(parta.baseUrl() + "moderation");
            assertThat(teacher.locator("#moderation-pending")).containsText("Можно я сдам проект в пятницу?");
            teacher.locator("#moderation-pending vaadin-button[id^='moderation-approve-']").first().click();
            assertThat(teacher.locator("#moderation-pending")).containsText("Сообщений на проверке нет");
            assertThat(anna.locator("#chat-messages")).containsText("Можно я сдам проект в пятницу?",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
            assertThat(artyom.locator("vaadin-notification-card", new Page.LocatorOptions()
                    .setHasText("одобрил"))).isVisible();
            admin.navigate(parta.baseUrl() + "moderation-log");
            assertThat(admin.locator("#moderation-log-lines")).containsText("message.hidden");
            admin.locator("#moderation-log-check").click();
            assertThat(admin.locator("#moderation-log-result")).containsText("Цепочка цела: ни одна запись не изменена и не удалена.");
            assertThat(admin.locator("#moderation-log-result")).containsText("Последний хеш: ");
            shoot(admin, "moderation-log-desktop");
        } catch (AssertionError | RuntimeException e) {
            for (Page page : new Page[] {admin, teacher, artyom, anna}) {
                if (page != null) {
                    shoot(page, "poll-failure-" + System.identityHashCode(page));
                }
            }
            throw e;
        }
    }

    private static final LocatorAssertions.HasTextOptions SLOW_TEXT =
            new LocatorAssertions.HasTextOptions().setTimeout(15_000);

    private static void openClassChat(Page page, RunningAppliance parta) {
        page.navigate(parta.baseUrl() + "chats");
        page.locator(".chat-row-title", new Page.LocatorOptions().setHasText(
                java.util.regex.Pattern.compile("^Чат 5А класса$"))).click();
        assertThat(page.locator("#chat-title")).hasText("Чат 5А класса");
    }
}

package ru.parta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The director asks the parents of 5А to confirm an announcement; a mother confirms on her phone;
 * the director's open sheet counts her live, reminds the rest, marks the family outside Parta told
 * and files the PDF sheet.
 */
class ChannelIT extends HeadlessChromium {

    @TempDir
    Path dataDir;

    @TempDir
    Path uploads;

    @Test
    void theDirectorAsksParentsToConfirmAndFilesTheSheet() throws Exception {
        Page admin = null;
        Page director = null;
        Page mother = null;
        try (RunningAppliance parta = RunningAppliance.start(dataDir, RunningAppliance.freePort())) {
            admin = adminOfANewSchool(parta);
            classesWithStudents(admin, parta);
            admin.navigate(parta.baseUrl() + "import");
            importFile(admin, "Родители", Paths.get("../config/examples/parents.csv"), "Новых: 4");
            confirmImport(admin);
            importStaffLine(admin, parta, uploads, "Орлов Виктор Павлович;директор;;;");
            quietHoursAwayFromNow(admin, parta);
            recordOptOut(admin, parta, "Ким Ольга Викторовна", "Ким", "+7 900 555-44-33");

            director = activateAs(parta, admin, "Орлов Виктор Павлович", "orlov", "Direktor-2026", 1280);
            mother = activateParent(parta, admin, "Петрова Елена Викторовна", "petrova", "Mama-2026");

            director.navigate(parta.baseUrl() + "channels");
            assertThat(director.locator("#chat-list")).containsText("Общий канал школы");
            director.locator("#channels-new").click();
            director.locator("#channel-name input").fill("Родители 5А");
            director.locator("#channel-description textarea").fill("Объявления для родителей 5А класса");
            pick(director, "#channel-parents", "5А");
            director.locator("#channel-comments").click();
            assertThat(director.locator("#channel-reach")).hasText("Читателей сейчас: 3");
            shoot(director, "channel-new-desktop");
            director.locator("#channel-save").click();
            assertThat(director.locator("#chat-title")).hasText("Родители 5А");
            director.locator("#chat-ack").click();
            type(director, "Экскурсия в краеведческий музей в пятницу, сбор в 9:00 у школы.");
            Locator post = bubble(director, "Экскурсия в краеведческий музей");
            assertThat(post.locator(".chat-ack-asked")).hasText("Запрошено ознакомление");
            post.locator(".chat-more").click();
            director.locator("#chat-action-pin").click();
            assertThat(director.locator("#chat-pinned")).containsText("Экскурсия в краеведческий музей");
            // A second announcement planned for later: only its author sees it until then.
            director.locator("#chat-schedule").click();
            director.locator("#chat-schedule-set").click();
            assertThat(director.locator("#chat-schedule-chip")).containsText("Публикация:");
            type(director, "Напоминаем: сменная обувь обязательна.");
            assertThat(director.locator("#chat-held")).containsText("Запланировано на");
            shoot(director, "channel-post-desktop");
            post.locator(".chat-ack-sheet").click();
            assertThat(director.locator("#ack-count")).hasText("Ознакомлены: 0 из 3");
            assertThat(director.locator("#ack-outside")).containsText("Ким Ольга Викторовна");

            mother.navigate(parta.baseUrl());
            assertThat(mother.locator("#home-acks")).containsText("Экскурсия в краеведческий музей");
            shoot(mother, "home-acks-phone");
            mother.locator("#home-acks .home-ack-link").first().click();
            assertThat(mother.locator("#chat-title")).hasText("Родители 5А");
            assertThat(mother.locator("#chat-read-only")).isVisible();
            assertThat(mother.locator("#chat-pinned")).containsText("Закреплено");
            assertThat(mother.locator("#chat-unpin")).hasCount(0);
            assertThat(mother.locator("#chat-messages")).not().containsText("сменная обувь");
            Locator seen = bubble(mother, "Экскурсия в краеведческий музей");
            seen.locator(".chat-ack").click();
            assertThat(seen.locator(".chat-ack-done")).containsText("Вы ознакомились");
            shoot(mother, "channel-acknowledged-phone");
            seen.locator(".chat-comments").click();
            mother.locator("#comment-text textarea").fill("Спасибо! Артём будет.");
            mother.locator("#comment-send").click();
            assertThat(mother.locator("#comments-list")).containsText("Спасибо! Артём будет.");
            mother.locator("#comment-text textarea").fill("Кто не может, звоните Сидоровым: +7 900 111-22-33");
            mother.locator("#comment-send").click();
            assertThat(mother.locator("#comments-list")).containsText("+7 900 111-22-33");
            shoot(mother, "channel-comments-phone");
            mother.keyboard().press("Escape");

            // The director's sheet was open all along: the count moves without a reload.
            assertThat(director.locator("#ack-count")).hasText("Ознакомлены: 1 из 3");
            director.goBack();
            assertThat(bubble(director, "Экскурсия в краеведческий музей").locator(".chat-comments")).hasText("💬 2");
            // Another family's phone number in a comment: the channel's author hides it, the mother is told.
            bubble(director, "Экскурсия в краеведческий музей").locator(".chat-comments").click();
            director.locator("#comments-list .comment", new Page.LocatorOptions().setHasText("+7 900 111-22-33"))
                    .locator("vaadin-button[id^='comment-moderate-']").click();
            director.locator("#moderation-reason").getByText("чужие персональные данные").click();
            director.locator("#moderation-hide-confirm").click();
            assertThat(director.locator("#comments-list")).containsText(
                    "Удалено модератором: чужие персональные данные");
            assertThat(director.locator("#comments-list")).not().containsText("111-22-33");
            assertThat(mother.locator("vaadin-notification-card", new Page.LocatorOptions()
                    .setHasText("Ваш комментарий скрыт модератором"))).isVisible();
            director.waitForTimeout(500);
            shoot(director, "comment-hidden-desktop");
            director.keyboard().press("Escape");
            bubble(director, "Экскурсия в краеведческий музей").locator(".chat-ack-sheet").click();
            assertThat(director.locator("#ack-count")).hasText("Ознакомлены: 1 из 3");
            assertThat(director.locator("#ack-by-class")).containsText("5А");
            director.locator("#ack-remind").click();
            assertThat(director.locator("#ack-summary")).containsText("Последнее напоминание");
            assertThat(director.locator("#ack-remind")).isDisabled();
            assertThat(director.locator("#ack-next-reminder")).containsText("Следующее напоминание");
            director.locator("#ack-outside vaadin-button").first().click();
            assertThat(director.locator("#ack-outside .ack-family-done")).containsText("Сообщили");
            shoot(director, "ack-sheet-desktop");
            Page filing = director;
            Download download = filing.waitForDownload(() -> filing.locator("#ack-pdf").click());
            String text;
            try (PDDocument pdf = Loader.loadPDF(download.path().toFile())) {
                text = new PDFTextStripper().getText(pdf);
            }
            assertTrue(text.contains("С документом ознакомлены (1 из 3)"), text);
            assertTrue(text.contains("Петрова Елена Викторовна"), text);
            assertTrue(text.contains("Ким Ольга Викторовна"), text);
            director.setViewportSize(390, 844);
            director.waitForTimeout(300);
            shoot(director, "ack-sheet-phone");
            director.navigate(parta.baseUrl() + "channels");
            assertThat(director.locator("#chat-list")).containsText("Родители 5А");
            shoot(director, "channels-phone");
        } catch (AssertionError | RuntimeException e) {
            for (Page page : new Page[] {admin, director, mother}) {
                if (page != null) {
                    shoot(page, "channel-failure-" + page.viewportSize().width + "-" + System.identityHashCode(page));
                }
            }
            throw e;
        }
    }

    /** A family on the opt-out register, recorded on the privacy page. */
    private static void recordOptOut(Page admin, RunningAppliance parta, String parent, String child, String phone) {
        admin.navigate(parta.baseUrl() + "privacy");
        admin.locator("#opt-out-parent input").fill(parent);
        admin.locator("#opt-out-child input").fill(child);
        admin.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(child)).first().click();
        admin.locator("#opt-out-date input").fill("01.09.2026");
        admin.locator("#opt-out-date input").press("Enter");
        admin.locator("#opt-out-contact input").fill(phone);
        admin.locator("#opt-out-record").click();
        assertThat(admin.locator("#opt-outs")).containsText(parent);
    }

    private static void pick(Page page, String comboBox, String item) {
        page.locator(comboBox + " input").fill(item);
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(item))
                .first().click();
        page.keyboard().press("Escape");
    }
}

package ru.parta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teacher at a desktop and a student on a phone in the class chat at once: messages, read
 * markers, reactions and edits appear in the other browser live; a message sent while the
 * phone is offline shows as pending and arrives exactly once when the connection returns.
 */
class ChatIT extends HeadlessChromium {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    private static final Page.LocatorOptions CLASS_CHAT =
            new Page.LocatorOptions().setHasText(java.util.regex.Pattern.compile("^Чат 5А класса$"));

    @TempDir
    Path dataDir;

    @TempDir
    Path uploads;

    @Test
    void aTeacherAndAStudentTalkLiveAndNothingIsLostOffline() throws Exception {
        Page admin = null;
        Page student = null;
        try (RunningAppliance parta = RunningAppliance.start(dataDir, RunningAppliance.freePort())) {
            admin = adminOfANewSchool(parta);
            classesWithStudents(admin, parta);
            importStaffLine(admin, parta, uploads, "Иванова Мария Петровна;учитель;5А;Русский язык;5А");
            quietHoursAwayFromNow(admin, parta);

            Page teacher = activateAs(parta, admin, "Иванова Мария Петровна", "ivanova", "Uchitel-2026", 1280);
            // Which of the teacher's messages went the Vaadin way (the screen's send) rather than the live connection.
            java.util.List<String> vaadinSends = new java.util.concurrent.CopyOnWriteArrayList<>();
            teacher.onRequest(request -> {
                String body = request.url().contains("v-r=uidl") ? request.postData() : null;
                if (body != null && body.contains("\"templateEventMethodName\":\"send\"")) {
                    vaadinSends.add(body);
                }
            });
            student = activateAs(parta, admin, "Петров Артём Сергеевич", "petrov", "Uchenik-2026", 390);
            assertThat(teacher.locator(".home-chats")).containsText("Чат 5А класса");

            shoot(student, "home-chats-phone");
            teacher.navigate(parta.baseUrl() + "chats");
            assertThat(teacher.locator("#chat-list")).containsText("Родительский чат 5А класса");
            teacher.locator("#chats-new").click();
            assertThat(teacher.locator("#new-chat-title")).isVisible();
            teacher.waitForTimeout(400);
            shoot(teacher, "chats-new-dialog-desktop");
            teacher.keyboard().press("Escape");
            teacher.locator(".chat-row-title", CLASS_CHAT).click();
            assertThat(teacher.locator("#chat-title")).hasText("Чат 5А класса");
            student.navigate(parta.baseUrl() + "chats");
            assertThat(student.locator("#chat-list")).containsText("Чат 5А класса");
            shoot(student, "chats-student-phone");
            // The open list follows its chats on the live connection: a new message counts and rises.
            type(teacher, "Всем доброе утро");
            Locator row = student.locator(".chat-row", new Page.LocatorOptions().setHasText("Чат 5А класса"));
            assertThat(row.locator(".chat-row-unread")).hasText("1");
            assertThat(row.locator(".chat-row-last")).containsText("Всем доброе утро");
            shoot(student, "chats-live-phone");
            student.locator(".chat-row-title", CLASS_CHAT).click();
            assertThat(student.locator("#chat-title")).hasText("Чат 5А класса");
            student.locator("#chat-members").click();
            assertThat(student.locator("#chat-members-dialog")).containsText("Иванова Мария Петровна");
            student.keyboard().press("Escape");
            assertThat(student.locator("#chat-members-dialog")).hasCount(0);

            type(teacher, "Добрый день! Задание на завтра: www.example.ru/task");
            Locator lesson = bubble(student, "Задание на завтра");
            assertThat(lesson).isVisible();
            assertEquals(List.of(), vaadinSends, "a message of text alone goes on the live connection");
            assertThat(lesson.locator("a")).hasAttribute("href", "http://www.example.ru/task");
            assertThat(bubble(teacher, "Задание на завтра").locator(".chat-read-by")).containsText("Прочитали 1 из", SLOW);

            type(student, "Здравствуйте! <b>Понял</b>");
            assertThat(bubble(teacher, "<b>Понял</b>")).isVisible();

            student.locator(".chat-message", new Page.LocatorOptions().setHasText("Задание на завтра"))
                    .locator(".chat-more").click();
            assertThat(student.locator("#chat-actions .chat-react").first()).isVisible();
            student.waitForTimeout(400);
            shoot(student, "chat-actions-phone");
            student.locator("#chat-actions .chat-react").first().click();
            assertThat(bubble(teacher, "Задание на завтра").locator(".chat-reaction")).containsText("👍 1");
            // The chip itself toggles: the teacher joins the reaction, the student sees it, the chip marks it hers.
            bubble(teacher, "Задание на завтра").locator(".chat-reaction").click();
            assertThat(bubble(student, "Задание на завтра").locator(".chat-reaction")).containsText("👍 2");
            assertThat(bubble(teacher, "Задание на завтра").locator(".chat-reaction.mine")).containsText("👍 2");
            bubble(teacher, "Задание на завтра").locator(".chat-reaction").click();
            assertThat(bubble(student, "Задание на завтра").locator(".chat-reaction")).containsText("👍 1");

            bubble(teacher, "Задание на завтра").locator(".chat-more").click();
            teacher.locator("#chat-action-edit").click();
            teacher.locator("#chat-edit-text textarea").fill("Добрый день! Задание на завтра: упражнение 12");
            teacher.locator("#chat-edit-save").click();
            assertThat(bubble(student, "упражнение 12")).containsText("изменено");

            student.context().setOffline(true);
            type(student, "Отправлено без сети");
            assertThat(student.locator(".chat-pending")).containsText("Отправлено без сети");
            shoot(student, "chat-pending-phone");
            teacher.waitForTimeout(1500);
            assertEquals(0, bubble(teacher, "Отправлено без сети").count(), "nothing arrives while offline");
            student.context().setOffline(false);
            assertThat(teacher.locator("#chat-messages")).containsText("Отправлено без сети", SLOW);
            assertThat(student.locator(".chat-pending")).hasCount(0,
                    new LocatorAssertions.HasCountOptions().setTimeout(30_000));
            teacher.waitForTimeout(1500);
            assertEquals(1, bubble(teacher, "Отправлено без сети").count(), "exactly once");

            Path picture = uploads.resolve("Схема.png");
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 200,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(java.awt.Color.ORANGE);
            g.fillRect(20, 20, 280, 160);
            g.dispose();
            javax.imageio.ImageIO.write(image, "png", picture.toFile());
            teacher.locator("#chat-upload input[type=file]").setInputFiles(picture);
            assertThat(teacher.locator(".chat-file-chip")).containsText("Схема.png");
            type(teacher, "Схема к заданию");
            assertThat(bubble(student, "Схема к заданию")).isVisible();
            assertEquals(1, vaadinSends.stream().filter(body -> body.contains("Схема к заданию")).count(),
                    "a message with a file goes the Vaadin way, once");
            Locator thumbnail = bubble(student, "Схема к заданию").locator("img.chat-image");
            assertThat(thumbnail).isVisible();
            student.waitForFunction("() => { const i = document.querySelector('img.chat-image');"
                    + " return i && i.complete && i.naturalWidth > 0; }");
            shoot(teacher, "chat-teacher-desktop");
            shoot(student, "chat-student-phone");

            Path homework = uploads.resolve("Домашнее-задание-по-математике-на-неделю-для-5А-класса.txt");
            java.nio.file.Files.writeString(homework, "Задачи 5, 6, 7", java.nio.charset.Charset.forName("windows-1251"));
            teacher.locator("#chat-upload input[type=file]").setInputFiles(homework);
            assertThat(teacher.locator(".chat-file-chip")).containsText("Домашнее-задание");
            type(teacher, "Задание файлом");
            Locator card = bubble(student, "Задание файлом").locator("a.chat-file");
            assertThat(card.locator(".chat-file-size")).hasText("14\u00A0Б");
            assertEquals(1, ((Number) card.locator(".chat-file-size").evaluate(
                    "e => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight))"))
                    .intValue(), "the size stays on one line beside a long name");
            shoot(student, "chat-file-card-phone");

            student.locator("#chat-input textarea").fill("Черновик ответа");
            student.waitForTimeout(300);
            student.navigate(parta.baseUrl() + "chats");
            student.locator(".chat-row-title", CLASS_CHAT).click();
            assertThat(student.locator("#chat-input textarea")).hasValue("Черновик ответа");
            assertEquals(1, bubble(student, "Отправлено без сети").count(), "still once after reopening");

            // A shared classroom computer: signing out asks about unsent messages, then forgets them all.
            String viewer = student.locator("#chat-messages").getAttribute("data-viewer");
            student.evaluate("id => localStorage.setItem('parta.' + id + '.outbox.999999',"
                    + " JSON.stringify([{key: 'k1', text: 'Не отправлено'}]))", viewer);
            student.locator("#sign-out").click();
            assertThat(student.locator("#sign-out-stay")).isVisible();
            student.waitForTimeout(400);
            shoot(student, "sign-out-unsent-phone");
            student.locator("#sign-out-stay").click();
            assertThat(student.locator("#chat-input")).isVisible();
            student.locator("#sign-out").click();
            student.locator("#sign-out-anyway").click();
            student.waitForURL("**/login");
            assertEquals(0, ((Number) student.evaluate("() => Object.keys(localStorage)"
                    + ".filter(k => k.startsWith('parta.')).length")).intValue(), "nothing of the pupil stays behind");
            signIn(student, "petrov", "Uchenik-2026");
            assertThat(student.locator("#greeting")).isVisible();
            student.navigate(parta.baseUrl() + "chats");
            student.locator(".chat-row-title", CLASS_CHAT).click();
            assertThat(student.locator("#chat-input textarea")).hasValue("");

            teacher.navigate(parta.baseUrl() + "chats");
            assertThat(teacher.locator("#chat-list")).containsText("Задание файлом");
            shoot(teacher, "chats-teacher-desktop");
            teacher.locator("#chats-new").click();
            teacher.locator("#new-chat-title input").fill("Экскурсия в музей");
            teacher.locator("#new-chat-students input").fill("5А");
            teacher.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("5А"))
                    .click();
            teacher.keyboard().press("Escape");
            teacher.locator("#new-chat-create").click();
            assertThat(teacher.locator("#chat-title")).hasText("Экскурсия в музей");
            teacher.locator("#chat-link").click();
            teacher.locator("#chat-link-create").click();
            String link = teacher.locator("#chat-link-address input").inputValue();
            teacher.waitForTimeout(400);
            shoot(teacher, "chat-link-desktop");
            admin.navigate(link);
            admin.locator("#chat-join").click();
            assertThat(admin.locator("#chat-title")).hasText("Экскурсия в музей");
            admin.navigate(parta.baseUrl() + "chat-settings");
            assertThat(admin.locator("#urgent-roles")).isVisible();
            shoot(admin, "chat-settings-desktop");
            admin.setViewportSize(390, 844);
            admin.waitForTimeout(300);
            shoot(admin, "chat-settings-phone");
            // Stopped with chat screens open, after a sign-out: neither may leave a stack trace behind.
            parta.stop();
            List<String> troubles = parta.log().stream().filter(line -> line.contains("NullPointerException")
                    || line.contains("Push failed") || line.contains("RejectedExecutionException")).toList();
            assertTrue(troubles.isEmpty(), String.join("\n", troubles));
        } catch (AssertionError | RuntimeException e) {
            if (admin != null) {
                shoot(admin, "chat-failure-admin");
            }
            if (student != null) {
                shoot(student, "chat-failure-student");
            }
            throw e;
        }
    }
}

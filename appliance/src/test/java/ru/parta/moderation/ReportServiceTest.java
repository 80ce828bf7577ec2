package ru.parta.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import ru.parta.access.Actor;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.base.event.ReactionLane;
import ru.parta.chat.ChatService;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.NewMessage;
import ru.parta.people.PersonaSchool;

/** Reports: once per reader, into the queues of the chat's moderators only, decided with the reporter told. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class ReportServiceTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ModerationQueue queue;

    @Inject
    AuthorSanctions sanctions;

    @Inject
    ReportService reports;

    @Inject
    ModerationService moderation;

    @Inject
    ChatService chats;

    @Inject
    EventBus events;

    @Inject
    ReactionLane lane;

    @Inject
    ru.parta.base.TestClock clock;

    @Inject
    ModerationStatistics statistics;

    @Test
    void aParentsReportReachesTheClassTeacherWhoHidesTheMessageAndTheParentSeesIt() {
        PersonaSchool.Persona p = personaSchool.create();
        lane.awaitIdle();
        long parents = chats.findChats(p.petrova()).stream().filter(c -> c.kind() == ConversationKind.PARENTS)
                .findFirst().map(ChatSummary::conversationId).orElseThrow();
        long spam = chats.postMessage(NewMessage.text(parents, "report-test-1", "Купите курсы по ссылке в профиле"),
                Actor.of(p.ivanova())).delivered().id();
        long classChat = chats.findChats(p.petrov()).stream().filter(c -> c.kind() == ConversationKind.CLASS)
                .findFirst().map(ChatSummary::conversationId).orElseThrow();
        long mean = chats.postMessage(NewMessage.text(classChat, "report-test-2", "Никто с ней не дружите"),
                Actor.of(p.petrov())).delivered().id();
        List<ReportDecided> decided = new CopyOnWriteArrayList<>();
        events.subscribe(ReportDecided.class, decided::add);

        assertRefused("moderation.report.own", () -> reports.reportMessage(spam, ModerationReason.SPAM, null,
                Actor.of(p.ivanova())));
        reports.reportMessage(spam, ModerationReason.SPAM, "Реклама", Actor.of(p.petrova()));
        assertRefused("moderation.report.twice", () -> reports.reportMessage(spam, ModerationReason.SPAM, null,
                Actor.of(p.petrova())));
        reports.reportMessage(mean, ModerationReason.BULLYING, "Это про Аню", Actor.of(p.sidorova()));
        assertRefused("chat.notFound", () -> reports.reportMessage(mean, ModerationReason.BULLYING, null,
                Actor.of(p.volkov())));

        List<QueueItem> teachers = queue.findQueue(p.ivanova());
        assertEquals(List.of(mean, spam), teachers.stream().map(item -> item.message().id()).toList(),
                "bullying before spam");
        assertEquals("Никто с ней не дружите", teachers.getFirst().message().body(), "the moderator reads the text");
        assertTrue(teachers.getFirst().context().size() >= 1);
        assertEquals(List.of(mean), queue.findQueue(p.kuznetsov()).stream().map(i -> i.message().id()).toList(),
                "a subject teacher moderates the class chat, not the parents' chat");
        assertTrue(queue.findQueue(p.petrov()).isEmpty());

        moderation.hideMessage(mean, ModerationReason.BULLYING, Actor.of(p.ivanova()));
        queue.dismissReports(QueueKey.message(spam), Actor.of(p.ivanova()));
        assertRefused("moderation.report.decided", () -> queue.dismissReports(QueueKey.message(spam), Actor.of(p.smirnova())));
        assertTrue(queue.findQueue(p.ivanova()).isEmpty());
        assertEquals("HIDDEN", reports.findMyReports(p.sidorova()).getFirst().status());
        assertEquals("DISMISSED", reports.findMyReports(p.petrova()).getFirst().status());
        assertEquals(2, decided.size(), "each reporter is told");
        assertEquals(-1, moderation.checkLogChain(Actor.of(p.smirnova())));
    }

    @Test
    void aModeratorWarnsAndMutesAnAuthorInOneChatForAWhile() {
        PersonaSchool.Persona p = personaSchool.create();
        lane.awaitIdle();
        long classChat = chats.findChats(p.petrov()).stream().filter(c -> c.kind() == ConversationKind.CLASS)
                .findFirst().map(ChatSummary::conversationId).orElseThrow();
        long spam = chats.postMessage(NewMessage.text(classChat, "mute-test-1", "Подпишитесь на мой канал!!!"),
                Actor.of(p.petrov())).delivered().id();
        List<AuthorWarned> warned = new CopyOnWriteArrayList<>();
        events.subscribe(AuthorWarned.class, warned::add);
        sanctions.warnAuthor(QueueKey.message(spam), ModerationReason.SPAM, Actor.of(p.ivanova()));
        assertRefused("moderation.outOfScope", () -> sanctions.muteAuthor(QueueKey.message(spam), java.time.Duration.ofHours(1),
                ModerationReason.SPAM, Actor.of(p.sidorova())));
        assertRefused("moderation.mute.duration", () -> sanctions.muteAuthor(QueueKey.message(spam), java.time.Duration.ofDays(31),
                ModerationReason.SPAM, Actor.of(p.ivanova())));
        sanctions.muteAuthor(QueueKey.message(spam), java.time.Duration.ofHours(1), ModerationReason.SPAM, Actor.of(p.ivanova()));
        assertRefused("chat.muted", () -> chats.postMessage(NewMessage.text(classChat, "mute-test-2", "А почему?"),
                Actor.of(p.petrov())));
        assertEquals(2, warned.size());
        assertTrue(warned.getLast().mutedUntil() != null);
        clock.advance(java.time.Duration.ofMinutes(61));
        chats.postMessage(NewMessage.text(classChat, "mute-test-3", "Понял, больше не буду"), Actor.of(p.petrov()));
        long teachers = chats.postMessage(NewMessage.text(classChat, "mute-test-4", "Хорошо"), Actor.of(p.kuznetsov()))
                .delivered().id();
        assertRefused("moderation.mute.moderator", () -> sanctions.muteAuthor(QueueKey.message(teachers), java.time.Duration.ofHours(1),
                ModerationReason.SPAM, Actor.of(p.ivanova())));
    }

    @Test
    void aClassTeacherPassesAnItemToTheAdministratorsWhoSeeItFirst() {
        PersonaSchool.Persona p = personaSchool.create();
        lane.awaitIdle();
        long classChat = chats.findChats(p.petrov()).stream().filter(c -> c.kind() == ConversationKind.CLASS)
                .findFirst().map(ChatSummary::conversationId).orElseThrow();
        long threat = chats.postMessage(NewMessage.text(classChat, "escalate-1", "Завтра всем будет плохо, увидите"),
                Actor.of(p.petrov())).delivered().id();
        long rude = chats.postMessage(NewMessage.text(classChat, "escalate-2", "Купите мои наклейки"),
                Actor.of(p.sidorova())).delivered().id();
        reports.reportMessage(rude, ModerationReason.SPAM, null, Actor.of(p.petrov()));
        reports.reportMessage(threat, ModerationReason.OTHER, "Страшно", Actor.of(p.sidorova()));

        assertEquals(2, queue.countWaiting(p.ivanova()));
        queue.escalateReports(QueueKey.message(threat), Actor.of(p.ivanova()));
        assertEquals(1, queue.countWaiting(p.ivanova()), "passed on: no longer hers to count");
        assertEquals(2, queue.countWaiting(p.smirnova()));
        assertEquals(0, queue.countWaiting(p.petrov()), "students moderate nothing");
        assertRefused("moderation.escalate.already", () -> queue.escalateReports(QueueKey.message(threat), Actor.of(p.kuznetsov())));
        assertRefused("moderation.escalate.admin", () -> queue.escalateReports(QueueKey.message(rude), Actor.of(p.smirnova())));
        assertRefused("moderation.outOfScope", () -> queue.escalateReports(QueueKey.message(rude), Actor.of(p.petrova())));
        assertEquals(List.of(rude), queue.findQueue(p.ivanova()).stream().map(i -> i.message().id()).toList(),
                "it left the class teacher's queue");
        List<QueueItem> admins = queue.findQueue(p.smirnova());
        assertEquals(List.of(threat, rude), admins.stream().map(i -> i.message().id()).toList(),
                "passed items first, though less severe");
        assertTrue(admins.getFirst().escalated());
        moderation.hideMessage(threat, ModerationReason.UNLAWFUL, Actor.of(p.smirnova()));
        assertEquals("HIDDEN", reports.findMyReports(p.sidorova()).getFirst().status());
    }

    @Test
    void aModeratorRemovesOneFileOfAMessageAndTheStatisticsCountTheDecisions() {
        PersonaSchool.Persona p = personaSchool.create();
        lane.awaitIdle();
        long classChat = chats.findChats(p.petrov()).stream().filter(c -> c.kind() == ConversationKind.CLASS)
                .findFirst().map(ChatSummary::conversationId).orElseThrow();
        var meme = chats.uploadAttachment(classChat, "мем.txt", new java.io.ByteArrayInputStream(
                "чужие данные".getBytes(java.nio.charset.StandardCharsets.UTF_8)), Actor.of(p.petrov()));
        var homework = chats.uploadAttachment(classChat, "дз.txt", new java.io.ByteArrayInputStream(
                "упр. 5".getBytes(java.nio.charset.StandardCharsets.UTF_8)), Actor.of(p.petrov()));
        long message = chats.postMessage(new NewMessage(classChat, "file-remove-1", "Домашка и мем", null, false,
                List.of(), List.of(meme.id(), homework.id())), Actor.of(p.petrov())).delivered().id();
        reports.reportMessage(message, ModerationReason.PERSONAL_DATA, "Там чужой паспорт", Actor.of(p.sidorova()));
        clock.advance(java.time.Duration.ofMinutes(30));
        assertRefused("moderation.outOfScope", () -> moderation.removeAttachment(message, meme.id(),
                ModerationReason.PERSONAL_DATA, Actor.of(p.petrova())));
        var changed = moderation.removeAttachment(message, meme.id(), ModerationReason.PERSONAL_DATA,
                Actor.of(p.ivanova()));
        assertEquals(List.of("дз.txt"), changed.attachments().stream().map(a -> a.name()).toList());
        assertTrue(!changed.hidden(), "the text and the other file stay");
        assertRefused("moderation.attachment.gone", () -> moderation.removeAttachment(message, meme.id(),
                ModerationReason.PERSONAL_DATA, Actor.of(p.ivanova())));
        assertEquals("FILE_REMOVED", reports.findMyReports(p.sidorova()).getFirst().status());
        assertEquals(List.of("дз.txt"), chats.findHistory(classChat, null, 50, p.sidorova()).stream()
                .filter(m -> m.id() == message).findFirst().orElseThrow().attachments().stream().map(a -> a.name())
                .toList(), "readers no longer see it");

        long other = chats.postMessage(NewMessage.text(classChat, "file-remove-2", "Реклама канала"),
                Actor.of(p.sidorova())).delivered().id();
        reports.reportMessage(other, ModerationReason.SPAM, null, Actor.of(p.petrov()));
        clock.advance(java.time.Duration.ofMinutes(90));
        queue.dismissReports(QueueKey.message(other), Actor.of(p.ivanova()));
        ModerationStats stats = statistics.findStatistics(30, Actor.of(p.smirnova()));
        assertEquals(2, stats.items());
        assertEquals(2, stats.decided());
        assertEquals(java.time.Duration.ofMinutes(30), stats.medianDecision());
        assertEquals(java.time.Duration.ofMinutes(90), stats.p90Decision());
        assertEquals(List.of(new ModerationStats.Row("5А", 2, 2)), stats.byClass());
        assertEquals(List.of("PERSONAL_DATA", "SPAM"), stats.byReason().stream().map(ModerationStats.Row::key).sorted()
                .toList());
        assertRefused("permission.denied", () -> statistics.findStatistics(30, Actor.of(p.ivanova())));
        assertRefused("moderation.stats.period", () -> statistics.findStatistics(0, Actor.of(p.smirnova())));
    }

    private static void assertRefused(String key, Executable action) {
        PartaException refused = assertThrows(PartaException.class, action);
        assertEquals(key, refused.messageKey());
    }
}

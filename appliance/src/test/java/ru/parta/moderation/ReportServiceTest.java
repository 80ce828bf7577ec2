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

        List<QueueItem> teachers = reports.findQueue(p.ivanova());
        assertEquals(List.of(mean, spam), teachers.stream().map(item -> item.message().id()).toList(),
                "bullying before spam");
        assertEquals("Никто с ней не дружите", teachers.getFirst().message().body(), "the moderator reads the text");
        assertTrue(teachers.getFirst().context().size() >= 1);
        assertEquals(List.of(mean), reports.findQueue(p.kuznetsov()).stream().map(i -> i.message().id()).toList(),
                "a subject teacher moderates the class chat, not the parents' chat");
        assertTrue(reports.findQueue(p.petrov()).isEmpty());

        moderation.hideMessage(mean, ModerationReason.BULLYING, Actor.of(p.ivanova()));
        reports.dismissReports(spam, Actor.of(p.ivanova()));
        assertRefused("moderation.report.decided", () -> reports.dismissReports(spam, Actor.of(p.smirnova())));
        assertTrue(reports.findQueue(p.ivanova()).isEmpty());
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
        moderation.warnAuthor(spam, ModerationReason.SPAM, Actor.of(p.ivanova()));
        assertRefused("moderation.outOfScope", () -> moderation.muteAuthor(spam, java.time.Duration.ofHours(1),
                ModerationReason.SPAM, Actor.of(p.sidorova())));
        assertRefused("moderation.mute.duration", () -> moderation.muteAuthor(spam, java.time.Duration.ofDays(31),
                ModerationReason.SPAM, Actor.of(p.ivanova())));
        moderation.muteAuthor(spam, java.time.Duration.ofHours(1), ModerationReason.SPAM, Actor.of(p.ivanova()));
        assertRefused("chat.muted", () -> chats.postMessage(NewMessage.text(classChat, "mute-test-2", "А почему?"),
                Actor.of(p.petrov())));
        assertEquals(2, warned.size());
        assertTrue(warned.getLast().mutedUntil() != null);
        clock.advance(java.time.Duration.ofMinutes(61));
        chats.postMessage(NewMessage.text(classChat, "mute-test-3", "Понял, больше не буду"), Actor.of(p.petrov()));
        long teachers = chats.postMessage(NewMessage.text(classChat, "mute-test-4", "Хорошо"), Actor.of(p.kuznetsov()))
                .delivered().id();
        assertRefused("moderation.mute.moderator", () -> moderation.muteAuthor(teachers, java.time.Duration.ofHours(1),
                ModerationReason.SPAM, Actor.of(p.ivanova())));
    }

    private static void assertRefused(String key, Executable action) {
        PartaException refused = assertThrows(PartaException.class, action);
        assertEquals(key, refused.messageKey());
    }
}

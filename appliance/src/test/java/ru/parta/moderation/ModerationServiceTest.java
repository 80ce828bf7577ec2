package ru.parta.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import ru.parta.access.Actor;
import ru.parta.base.PartaException;
import ru.parta.base.Sql;
import ru.parta.base.event.EventBus;
import ru.parta.base.event.ReactionLane;
import ru.parta.chat.ChatFrames;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatService;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.NewMessage;
import ru.parta.people.PersonaSchool;

/** Moderators hide and restore within their scope; the log's chain shows any edit or deletion. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class ModerationServiceTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ModerationService moderation;

    @Inject
    ChatService chats;

    @Inject
    ru.parta.chat.DirectChats directChats;

    @Inject
    ReportService reports;

    @Inject
    ModerationQueue queue;

    @Inject
    ChatFrames frames;

    @Inject
    EventBus events;

    @Inject
    ReactionLane lane;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private int keys;

    @Test
    void aClassTeacherHidesAMessageReadersSeeTheReasonAndTheAuthorIsTold() {
        PersonaSchool.Persona p = personaSchool.create();
        long classChat = chat(p.petrov(), ConversationKind.CLASS);
        long parentsChat = chat(p.petrova(), ConversationKind.PARENTS);
        List<ModerationNotice> notices = new CopyOnWriteArrayList<>();
        events.subscribe(ModerationNotice.class, notices::add);
        long rude = post(classChat, p.petrov(), "Сидорова списала контрольную, вот её адрес: ул. Ленина 5");

        assertRefused("moderation.outOfScope", () -> moderation.hideMessage(rude, ModerationReason.PERSONAL_DATA,
                Actor.of(p.sidorova())));
        ChatMessage hidden = moderation.hideMessage(rude, ModerationReason.PERSONAL_DATA, Actor.of(p.ivanova()));
        assertTrue(hidden.hidden());
        String shown = frames.describeMessage(chats.findMessage(rude, p.sidorova()));
        assertTrue(shown.contains("\"hidden\":\"PERSONAL_DATA\""), shown);
        assertFalse(shown.contains("Ленина"), "readers get no text of a hidden message: " + shown);
        assertEquals(p.petrov(), notices.getLast().authorId(), "the author is told");
        assertRefused("moderation.alreadyHidden", () -> moderation.hideMessage(rude, ModerationReason.SPAM,
                Actor.of(p.kuznetsov())));
        assertTrue(moderation.mayModerate(classChat, p.kuznetsov()), "a subject teacher moderates the class chat");
        assertFalse(moderation.mayModerate(parentsChat, p.kuznetsov()), "not the parents' chat");
        assertTrue(moderation.mayModerate(parentsChat, p.ivanova()), "the class teacher does");
        assertTrue(moderation.mayModerate(parentsChat, p.smirnova()), "administrators moderate everything");

        moderation.restoreMessage(rude, Actor.of(p.kuznetsov()));
        assertNull(chats.findMessage(rude, p.sidorova()).hiddenReason());
        assertTrue(notices.getLast().restored());
        assertEquals(-1, moderation.checkLogChain(Actor.of(p.smirnova())));
        assertRefused("permission.denied", () -> moderation.checkLogChain(Actor.of(p.ivanova())));
        String csv = new String(moderation.exportLogCsv(java.time.ZoneId.of("Europe/Moscow"), Actor.of(p.smirnova())),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains(";message.hidden;MESSAGE;" + rude + ";"), csv);
        assertFalse(csv.contains("Ленина"), "the log keeps the content's hash only");
    }

    @Test
    void anEditedOrDeletedLineBreaksTheChain() throws Exception {
        PersonaSchool.Persona p = personaSchool.create();
        long classChat = chat(p.petrov(), ConversationKind.CLASS);
        List<Long> posted = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            posted.add(post(classChat, p.petrov(), "Сообщение " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> actions = new ArrayList<>();
        for (long message : posted) {
            actions.add(pool.submit(() -> moderation.hideMessage(message, ModerationReason.SPAM, Actor.of(
                    message % 2 == 0 ? p.ivanova() : p.smirnova()))));
        }
        for (Future<?> action : actions) {
            action.get();
        }
        pool.shutdown();
        assertEquals(-1, moderation.checkLogChain(Actor.of(p.smirnova())), "simultaneous actions keep one chain");

        List<Long> ids = sql("SELECT id FROM moderation_log ORDER BY id");
        long middle = ids.get(ids.size() / 2);
        update("UPDATE moderation_log SET reason = 'OTHER' WHERE id = ?", middle);
        assertEquals(middle, moderation.checkLogChain(Actor.of(p.smirnova())), "an edited line");
        update("UPDATE moderation_log SET reason = 'SPAM' WHERE id = ?", middle);
        assertEquals(-1, moderation.checkLogChain(Actor.of(p.smirnova())));
        update("DELETE FROM moderation_log WHERE id = ?", middle);
        assertEquals(ids.get(ids.size() / 2 + 1), moderation.checkLogChain(Actor.of(p.smirnova())),
                "a deleted line: the next one's link is broken");
        update("DELETE FROM moderation_log WHERE id >= ?", middle);
        assertEquals(0L, moderation.checkLogChain(Actor.of(p.smirnova())), "the tail cut off: the head remembers");
    }

    @Test
    void twoModeratorsActingOnOneMessageAtOnceDecideOneAfterTheOther() throws Exception {
        PersonaSchool.Persona p = personaSchool.create();
        long classChat = chat(p.petrov(), ConversationKind.CLASS);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int round = 0; round < 10; round++) {
            long message = post(classChat, p.petrov(), "Спорное сообщение " + round);
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            List<Future<String>> outcomes = new ArrayList<>();
            for (long moderator : new long[] {p.ivanova(), p.smirnova()}) {
                outcomes.add(pool.submit(() -> {
                    together.await();
                    try {
                        moderation.hideMessage(message, ModerationReason.INSULT, Actor.of(moderator));
                        return "hidden";
                    } catch (PartaException refused) {
                        return refused.messageKey();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            results.sort(null);
            assertEquals(List.of("hidden", "moderation.alreadyHidden"), results, "round " + round);
            assertEquals(1, sql("SELECT COUNT(*) FROM moderation_log WHERE action = 'message.hidden' AND target_id = "
                    + message).getFirst(), "one decision, one record");
        }
        pool.shutdown();
        assertEquals(-1, moderation.checkLogChain(Actor.of(p.smirnova())));
    }

    @Test
    void inAOneToOneChatNeitherSideModeratesTheOtherAndAReportGoesToTheAdministrators() {
        PersonaSchool.Persona p = personaSchool.create();
        lane.awaitIdle();
        long direct = directChats.openDirectChat(Actor.of(p.ivanova()), p.petrova()).id();
        long rude = post(direct, p.petrova(), "Вы несправедливо поставили двойку");
        assertRefused("moderation.outOfScope", () -> moderation.hideMessage(rude, ModerationReason.INSULT,
                Actor.of(p.ivanova())));
        reports.reportMessage(rude, ModerationReason.INSULT, null, Actor.of(p.ivanova()));
        assertTrue(queue.findQueue(p.ivanova()).isEmpty(), "not her own judge");
        assertEquals(rude, queue.findQueue(p.smirnova()).getFirst().message().id());
        moderation.hideMessage(rude, ModerationReason.INSULT, Actor.of(p.smirnova()));
    }

    private long chat(long member, ConversationKind kind) {
        lane.awaitIdle();
        return chats.findChats(member).stream().filter(c -> c.kind() == kind).findFirst()
                .map(ChatSummary::conversationId).orElseThrow();
    }

    private long post(long chat, long author, String text) {
        return chats.postMessage(NewMessage.text(chat, "moderation-" + (++keys) + "-" + System.nanoTime() % 100_000,
                text), Actor.of(author)).delivered().id();
    }

    private List<Long> sql(String query) {
        return transactions.executeRead(status -> new Sql().append(query).query(jdbc, rs -> rs.getLong(1)));
    }

    private void update(String statement, long id) {
        transactions.executeWrite(status -> new Sql().append(statement, id).update(jdbc));
    }

    private static void assertRefused(String key, Executable action) {
        PartaException refused = assertThrows(PartaException.class, action);
        assertEquals(key, refused.messageKey());
    }
}

package ru.parta.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.parta.channel.ChannelServiceTest.assertRefused;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.PartaException;
import ru.parta.base.TestClock;
import ru.parta.base.event.EventBus;
import ru.parta.base.event.ReactionLane;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatService;
import ru.parta.chat.NewMessage;
import ru.parta.people.ContactChannel;
import ru.parta.people.OptOutService;
import ru.parta.people.PersonaSchool;

/** "Ознакомлен(а)": confirming once, the sheet by class, reminders to the rest, families outside Parta. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class AcknowledgementServiceTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ChannelService channels;

    @Inject
    AcknowledgementService acknowledgements;

    @Inject
    ChatService chats;

    @Inject
    OptOutService optOuts;

    @Inject
    ChannelPersonalData personalData;

    @Inject
    ReactionLane lane;

    @Inject
    EventBus events;

    @Inject
    TestClock clock;

    private int keys;

    @Test
    void aParentConfirmsOnceAndTheSheetShowsItWithTheFamilyToCall() throws IOException {
        PersonaSchool.Persona p = personaSchool.create();
        long sidorovs = optOuts.recordOptOut("Сидоров Павел", p.sidorova(), LocalDate.of(2026, 8, 30), "Заявление №7",
                ContactChannel.PHONE, "+7 900 123-45-67", Actor.of(p.smirnova())).id();
        ChannelInfo parents = channel("Родители 5А", p.orlov(), AudiencePart.ofClass(p.class5a(), false, true));
        long trip = announce(parents, p.orlov(), "Экскурсия в музей 12 сентября, сбор в 9:00 у школы.");

        AckSheet before = acknowledgements.findSheet(trip, p.orlov());
        assertEquals(0, before.acknowledgedCount());
        assertEquals(List.of("Петрова Елена"), before.entries().stream().map(AckSheet.Entry::fullName).toList());
        assertEquals(List.of("5А"), before.entries().getFirst().classes(), "a parent's class is her child's");
        assertEquals("PARENT", before.entries().getFirst().kind());
        assertEquals(1, before.outside().size(), "the Sidorovs refused Parta");
        assertEquals("Сидорова Анна", before.outside().getFirst().childName());

        Instant at = acknowledgements.acknowledgePost(trip, Actor.of(p.petrova()));
        assertEquals(clock.instant(), at);
        assertRefused("ack.already", () -> acknowledgements.acknowledgePost(trip, Actor.of(p.petrova())));
        assertRefused("ack.byAuthor", () -> acknowledgements.acknowledgePost(trip, Actor.of(p.orlov())));
        assertRefused("chat.notFound", () -> acknowledgements.acknowledgePost(trip, Actor.of(p.petrov())));
        assertRefused("ack.sheet.notFound", () -> acknowledgements.findSheet(trip, p.petrova()));
        long plain = chats.postMessage(NewMessage.text(parents.conversationId(), key(), "Спасибо всем!"),
                Actor.of(p.orlov())).delivered().id();
        assertRefused("ack.notRequired", () -> acknowledgements.acknowledgePost(plain, Actor.of(p.petrova())));
        assertRefused("ack.remind.nobody", () -> acknowledgements.remindPending(trip, Actor.of(p.orlov())));

        acknowledgements.markFamilyInformed(trip, sidorovs, Actor.of(p.orlov()));
        assertRefused("ack.outside.already", () -> acknowledgements.markFamilyInformed(trip, sidorovs,
                Actor.of(p.orlov())));
        assertRefused("ack.outside.notFound", () -> acknowledgements.markFamilyInformed(trip, sidorovs + 1000,
                Actor.of(p.orlov())));
        assertRefused("ack.sheet.notFound", () -> acknowledgements.markFamilyInformed(trip, sidorovs,
                Actor.of(p.petrova())));

        AckSheet after = acknowledgements.findSheet(trip, p.orlov());
        assertEquals(1, after.acknowledgedCount());
        assertEquals(at, after.entries().getFirst().acknowledgedAt());
        assertArrayEquals(new int[] {1, 1}, after.byClass().get("5А"), "5А: one of one");
        assertTrue(after.outside().getFirst().informed());
        assertEquals("Орлов Виктор", after.outside().getFirst().informedBy());

        String pdf;
        try (PDDocument document = Loader.loadPDF(acknowledgements.exportSheetPdf(trip, Actor.of(p.orlov())))) {
            pdf = new PDFTextStripper().getText(document);
        }
        assertTrue(pdf.contains("Лист ознакомления"), pdf);
        assertTrue(pdf.contains("С документом ознакомлены (1 из 1)"), pdf);
        assertTrue(pdf.contains("Петрова Елена"), pdf);
        assertTrue(pdf.contains("5А"), pdf);
        String time = AckSheetPdf.TIME.format(at.atZone(ZoneId.of("Europe/Moscow")));
        assertTrue(pdf.contains(time), "the time of confirmation in the school's zone: " + time);
        assertTrue(pdf.contains("Сидоров Павел"), pdf);
        String csv = new String(acknowledgements.exportSheetCsv(trip, Actor.of(p.orlov())), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Петрова Елена;5А;родитель;ознакомлен(а);" + time), csv);
        assertTrue(csv.contains("Сидоров Павел;5А;"), csv);
        assertRefused("ack.sheet.notFound", () -> acknowledgements.exportSheetCsv(trip, Actor.of(p.petrova())));
    }

    @Test
    void aReminderReachesOnlyThoseWhoHaveNotConfirmedAndNotTooOften() {
        PersonaSchool.Persona p = personaSchool.create();
        ChannelInfo whole = channel("5А: объявления", p.ivanova(), AudiencePart.ofClass(p.class5a(), true, true));
        long schedule = announce(whole, p.ivanova(), "С понедельника уроки начинаются в 8:30.");
        List<AcknowledgementReminded> reminders = new CopyOnWriteArrayList<>();
        events.subscribe(AcknowledgementReminded.class, reminders::add);
        assertTrue(acknowledgements.findWaiting(p.petrova()).stream().anyMatch(w -> w.messageId() == schedule));

        acknowledgements.acknowledgePost(schedule, Actor.of(p.petrova()));
        assertFalse(acknowledgements.findWaiting(p.petrova()).stream().anyMatch(w -> w.messageId() == schedule));
        assertEquals(2, acknowledgements.remindPending(schedule, Actor.of(p.ivanova())));
        assertEquals(Set.of(p.petrov(), p.sidorova()), reminders.getFirst().accountIds(), "not the parent who confirmed");
        assertRefused("ack.remind.tooSoon", () -> acknowledgements.remindPending(schedule, Actor.of(p.ivanova())));
        assertEquals(clock.instant().plus(Duration.ofHours(1)),
                acknowledgements.findSheet(schedule, p.ivanova()).nextReminderAt(), "the sheet says when the next may go");
        assertRefused("ack.sheet.notFound", () -> acknowledgements.remindPending(schedule, Actor.of(p.petrov())));
        Waiting waiting = acknowledgements.findWaiting(p.petrov()).stream().filter(w -> w.messageId() == schedule)
                .findFirst().orElseThrow();
        assertNotNull(waiting.remindedAt(), "the home page marks it reminded");

        clock.advance(Duration.ofMinutes(61));
        acknowledgements.acknowledgePost(schedule, Actor.of(p.petrov()));
        assertEquals(1, acknowledgements.remindPending(schedule, Actor.of(p.ivanova())));
        assertEquals(Set.of(p.sidorova()), reminders.get(1).accountIds());
    }

    @Test
    void twoTapsAtOnceMakeOneConfirmation() throws Exception {
        PersonaSchool.Persona p = personaSchool.create();
        ChannelInfo students = channel("5А: ученики", p.ivanova(), AudiencePart.ofClass(p.class5a(), true, false));
        long notice = announce(students, p.ivanova(), "Завтра физкультура на улице.");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> taps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            taps.add(pool.submit(() -> {
                start.await();
                try {
                    acknowledgements.acknowledgePost(notice, Actor.of(p.sidorova()));
                    return "ok";
                } catch (PartaException refused) {
                    return refused.messageKey();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> tap : taps) {
            outcomes.add(tap.get());
        }
        pool.shutdown();
        assertEquals(1, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
        assertEquals(3, outcomes.stream().filter("ack.already"::equals).count(), outcomes.toString());
        assertEquals(1, acknowledgements.findSheet(notice, p.ivanova()).acknowledgedCount());
    }

    @Test
    void theOwnDataArchiveHoldsConfirmationsAndErasureRemovesThem() {
        PersonaSchool.Persona p = personaSchool.create();
        ChannelInfo club = channel("Кружок 6Б", p.kuznetsov(), AudiencePart.ofClass(p.class6b(), true, false));
        long notice = announce(club, p.kuznetsov(), "Кружок переносится на четверг.");
        acknowledgements.acknowledgePost(notice, Actor.of(p.volkov()));
        List<List<String>> rows = personalData.rows(p.volkov(), ZoneId.of("Europe/Moscow"));
        assertEquals(1, rows.size());
        assertEquals("Кружок 6Б", rows.getFirst().getFirst());
        assertEquals("erasure.category.acknowledgements", personalData.erase(p.volkov(), clock.instant()));
        assertTrue(personalData.rows(p.volkov(), ZoneId.of("Europe/Moscow")).isEmpty());
    }

    private ChannelInfo channel(String name, long creator, AudiencePart audience) {
        ChannelInfo channel = channels.createChannel(new ChannelSettings(name, "", false, List.of(audience), Set.of()),
                Actor.of(creator));
        lane.awaitIdle();
        return channel;
    }

    private long announce(ChannelInfo channel, long author, String text) {
        ChatMessage post = chats.postMessage(NewMessage.text(channel.conversationId(), key(), text).withAckRequired(),
                Actor.of(author)).delivered();
        assertTrue(post.ackRequired());
        return post.id();
    }

    private String key() {
        return "ack-test-" + (++keys) + "-" + System.nanoTime() % 100_000;
    }
}

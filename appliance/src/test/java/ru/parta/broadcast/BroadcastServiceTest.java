package ru.parta.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.ErrorCategory;
import ru.parta.base.PartaException;
import ru.parta.base.TestClock;
import ru.parta.base.audit.AuditLog;
import ru.parta.files.FileService;
import ru.parta.people.PersonaSchool;

/** Pairing, starting and controlling broadcasts, who may do what, and content a display could not show. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class BroadcastServiceTest {

    @Inject
    PersonaSchool personaSchool;
    @Inject
    DisplayService displays;
    @Inject
    BroadcastService broadcasts;
    @Inject
    SlideRenderer slides;
    @Inject
    FileService files;
    @Inject
    DisplayPresence presence;
    @Inject
    AuditLog auditLog;
    @Inject
    TestClock clock;
    @Inject
    BroadcastPersonalData personalData;

    @Test
    void aDisplayIsPairedByTheCodeOnItsScreenAndHoldsACredentialOnlyItCollects() {
        PersonaSchool.Persona p = personaSchool.create();
        PairingCodes.Pending pending = displays.startPairing("10.1.1.1");
        assertTrue(pending.code.matches("\\d{6}"));
        assertTrue(displays.isPairingWaiting(pending.nonce));
        assertTrue(displays.collectCredential(pending.nonce).isEmpty(), "nothing to collect before the code is entered");

        long id = displays.pairDisplay(pending.code.substring(0, 3) + " " + pending.code.substring(3), "Каб. 12, 5А",
                List.of(p.ivanova()), Actor.of(p.smirnova()));
        String credential = displays.collectCredential(pending.nonce).orElseThrow();
        assertEquals(id, presence.findDevice(credential));
        assertTrue(displays.collectCredential(pending.nonce).isEmpty(), "the credential is given out once");
        // The code is used up: nobody else can pair with it.
        PartaException again = assertThrows(PartaException.class, () -> displays.pairDisplay(pending.code, "Каб. 13",
                List.of(), Actor.of(p.smirnova())));
        assertEquals("display.pairingCodeWrong", again.messageKey());

        DisplayInfo info = displays.findDisplays(p.smirnova()).getFirst();
        assertEquals("Каб. 12, 5А", info.name());
        assertEquals(List.of(p.ivanova()), info.keeperIds());
        assertEquals(1, displays.findDisplays(p.ivanova()).size(), "the room's teacher sees her display");
        assertTrue(displays.findDisplays(p.kuznetsov()).isEmpty());
        assertTrue(displays.findDisplays(p.petrov()).isEmpty(), "students see no displays");
        assertTrue(auditLog.hasRecorded("display.paired"));
    }

    @Test
    void wrongCodesAreThrottledAndOnlyAdministratorsPair() {
        PersonaSchool.Persona p = personaSchool.create();
        PairingCodes.Pending pending = displays.startPairing("10.1.1.2");
        assertEquals(ErrorCategory.FORBIDDEN, assertThrows(PartaException.class, () -> displays.pairDisplay(pending.code,
                "Каб. 5", List.of(), Actor.of(p.ivanova()))).category());
        for (int i = 0; i < 10; i++) {
            assertEquals("display.pairingCodeWrong", assertThrows(PartaException.class,
                    () -> displays.pairDisplay("000000", "Каб. 5", List.of(), Actor.of(p.smirnova()))).messageKey());
        }
        PartaException locked = assertThrows(PartaException.class,
                () -> displays.pairDisplay(pending.code, "Каб. 5", List.of(), Actor.of(p.smirnova())));
        assertEquals(ErrorCategory.LIMIT, locked.category());
        assertEquals("display.pairingLocked", locked.messageKey());
        clock.advance(Duration.ofMinutes(11));
        // The window passed; the old code expired meanwhile, a new one pairs.
        PairingCodes.Pending fresh = displays.startPairing("10.1.1.2");
        assertTrue(displays.pairDisplay(fresh.code, "Каб. 5", List.of(), Actor.of(p.smirnova())) > 0);
    }

    @Test
    void badNamesAndKeepersAreRefusedWithNothingPaired() {
        PersonaSchool.Persona p = personaSchool.create();
        BroadcastFixtures.pair(displays, p.smirnova(), "Актовый зал");
        int before = displays.findDisplays(p.smirnova()).size();
        PairingCodes.Pending pending = displays.startPairing("10.1.1.3");
        assertEquals("display.nameTaken", assertThrows(PartaException.class, () -> displays.pairDisplay(pending.code,
                "актовый  зал", List.of(), Actor.of(p.smirnova()))).messageKey());
        assertEquals("display.keeperNotStaff", assertThrows(PartaException.class, () -> displays.pairDisplay(pending.code,
                "Каб. 7", List.of(p.petrov()), Actor.of(p.smirnova()))).messageKey());
        assertEquals("display.nameRequired", assertThrows(PartaException.class, () -> displays.pairDisplay(pending.code,
                "  ", List.of(), Actor.of(p.smirnova()))).messageKey());
        assertEquals(before, displays.findDisplays(p.smirnova()).size());
        // The code was not used up by refusals of the name.
        assertTrue(displays.pairDisplay(pending.code, "Каб. 7", List.of(), Actor.of(p.smirnova())) > 0);
    }

    @Test
    void aPdfBroadcastFlipsItsPagesAndItsSlidesAreDrawnOnTheServer() throws Exception {
        PersonaSchool.Persona p = personaSchool.create();
        long room12 = BroadcastFixtures.pair(displays, p.smirnova(), "Каб. 12", p.ivanova());
        long pdf = BroadcastFixtures.upload(broadcasts, "Урок.pdf", BroadcastFixtures.pdf(3), p.smirnova());
        long id = broadcasts.startBroadcast(NewBroadcast.ofFile(BroadcastKind.SLIDES, pdf, List.of(room12)),
                Actor.of(p.smirnova()));
        BroadcastInfo running = broadcasts.findRunning(p.smirnova()).getFirst();
        assertEquals(id, running.id());
        assertEquals(3, running.pages());
        assertEquals(1, running.page());
        assertEquals("Урок.pdf", running.title());
        assertEquals(List.of(room12), running.displayIds());

        broadcasts.showPage(id, 2, Actor.of(p.smirnova()));
        broadcasts.showPage(id, 99, Actor.of(p.ivanova()));
        BroadcastInfo flipped = broadcasts.findRunning(p.ivanova()).getFirst();
        assertEquals(3, flipped.page(), "past the end stays on the last page");
        assertEquals(3, flipped.version());

        Path page2 = slides.slide(files.findFile(pdf).orElseThrow(), 2).orElseThrow();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(page2.toFile());
        assertEquals(1920, image.getWidth(), "drawn to fit Full HD");
        assertTrue(Files.size(page2) > 0);
        assertTrue(slides.slide(files.findFile(pdf).orElseThrow(), 4).isEmpty());

        broadcasts.stopBroadcast(id, Actor.of(p.ivanova()));
        assertTrue(broadcasts.findRunning(p.smirnova()).isEmpty());
        assertNull(displays.findDisplays(p.smirnova()).getFirst().broadcastId(), "back to the idle screen");
        assertEquals("broadcast.notRunning", assertThrows(PartaException.class,
                () -> broadcasts.showPage(id, 1, Actor.of(p.smirnova()))).messageKey());
    }

    @Test
    void contentADisplayCouldNotShowIsRefusedInWords() {
        PersonaSchool.Persona p = personaSchool.create();
        long room = BroadcastFixtures.pair(displays, p.smirnova(), "Каб. 3");
        // A broken PDF does not even get into the store.
        assertEquals("file.pdf.broken", refusal(() -> BroadcastFixtures.upload(broadcasts, "сломанный.pdf",
                "%PDF-1.4 not really".getBytes(), p.smirnova())));
        long avi = BroadcastFixtures.upload(broadcasts, "фильм.avi", BroadcastFixtures.avi(), p.smirnova());
        long png = BroadcastFixtures.upload(broadcasts, "фото.png", BroadcastFixtures.png(), p.smirnova());
        Actor admin = Actor.of(p.smirnova());
        List<Long> on = List.of(room);
        assertEquals("broadcast.videoUnsupported", refusal(() -> broadcasts.startBroadcast(
                NewBroadcast.ofFile(BroadcastKind.VIDEO, avi, on), admin)));
        assertEquals("broadcast.pdfExpected", refusal(() -> broadcasts.startBroadcast(
                NewBroadcast.ofFile(BroadcastKind.SLIDES, png, on), admin)));
        assertEquals("broadcast.fileNotFound", refusal(() -> broadcasts.startBroadcast(
                NewBroadcast.ofFile(BroadcastKind.VIDEO, 999_999, on), admin)));
        assertEquals("broadcast.textRequired", refusal(() -> broadcasts.startBroadcast(
                new NewBroadcast(BroadcastKind.ANNOUNCEMENT, null, " ", null, List.of(), null, false, on, false, null), admin)));
        assertEquals("broadcast.displaysRequired", refusal(() -> broadcasts.startBroadcast(
                new NewBroadcast(BroadcastKind.ANNOUNCEMENT, null, "Текст", null, List.of(), null, false, List.of(), false,
                        null), admin)));
        assertTrue(broadcasts.findRunning(p.smirnova()).isEmpty(), "nothing started");
        // Pictures are fine as pictures.
        long pictures = broadcasts.startBroadcast(new NewBroadcast(BroadcastKind.IMAGES, null, null, null,
                List.of(png, png), null, false, on, false, null), admin);
        assertEquals(2, broadcasts.findRunning(p.smirnova()).getFirst().pages());
        assertEquals(List.of(png, png), broadcasts.findImages(pictures));
    }

    @Test
    void aTeacherControlsOnlyHerRoomsAndNeverReplacesAnAdministratorsBroadcast() {
        PersonaSchool.Persona p = personaSchool.create();
        long room12 = BroadcastFixtures.pair(displays, p.smirnova(), "Каб. 12", p.ivanova());
        long room14 = BroadcastFixtures.pair(displays, p.smirnova(), "Каб. 14", p.kuznetsov());
        Actor ivanova = Actor.of(p.ivanova());
        NewBroadcast onBoth = new NewBroadcast(BroadcastKind.ANNOUNCEMENT, null, "Классный час в 14:00", null, List.of(),
                null, false, List.of(room12, room14), false, null);
        PartaException notHers = assertThrows(PartaException.class, () -> broadcasts.startBroadcast(onBoth, ivanova));
        assertEquals("broadcast.notYourDisplay", notHers.messageKey());
        assertEquals(ErrorCategory.FORBIDDEN, assertThrows(PartaException.class, () -> broadcasts.startBroadcast(
                NewBroadcast.announcement("Всем", "Всем экранам"), ivanova)).category());

        long hers = broadcasts.startBroadcast(new NewBroadcast(BroadcastKind.ANNOUNCEMENT, null, "Тема урока: дроби",
                null, List.of(), null, false, List.of(room12), false, null), ivanova);
        assertFalse(broadcasts.mayControl(hers, p.kuznetsov()));
        assertEquals(ErrorCategory.FORBIDDEN, assertThrows(PartaException.class,
                () -> broadcasts.blankBroadcast(hers, true, Actor.of(p.kuznetsov()))).category());

        // The administrator's school-wide announcement asks before replacing the teacher's.
        long assembly = 0;
        PartaException busy = assertThrows(PartaException.class, () -> broadcasts.startBroadcast(
                NewBroadcast.announcement("Линейка", "Линейка в 8:30"), Actor.of(p.smirnova())));
        assertEquals(ErrorCategory.CONFLICT, busy.category());
        assertEquals("broadcast.displayBusy", busy.messageKey());
        assertEquals("Каб. 12", busy.arguments()[0]);
        assembly = broadcasts.startBroadcast(NewBroadcast.announcement("Линейка", "Линейка в 8:30").replacing(),
                Actor.of(p.smirnova()));
        assertTrue(broadcasts.findRunning(p.smirnova()).stream().noneMatch(b -> b.id() == hers),
                "the teacher's broadcast, left on no display, stopped");
        long assemblyId = assembly;
        // The teacher cannot take her room back from the administrator, even when asked to replace.
        PartaException never = assertThrows(PartaException.class, () -> broadcasts.startBroadcast(new NewBroadcast(
                BroadcastKind.ANNOUNCEMENT, null, "Мой урок", null, List.of(), null, false, List.of(room12), true, null),
                ivanova));
        assertEquals("broadcast.mayNotReplace", never.messageKey());
        assertTrue(broadcasts.mayControl(assemblyId, p.orlov()), "the director controls any broadcast");
    }

    @Test
    void twoPeopleFlippingAtOnceLandOnOnePage() throws Exception {
        PersonaSchool.Persona p = personaSchool.create();
        long room = BroadcastFixtures.pair(displays, p.smirnova(), "Каб. 20", p.ivanova());
        long pdf = BroadcastFixtures.upload(broadcasts, "Контрольная.pdf", BroadcastFixtures.pdf(5), p.ivanova());
        long id = broadcasts.startBroadcast(NewBroadcast.ofFile(BroadcastKind.SLIDES, pdf, List.of(room)),
                Actor.of(p.ivanova()));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> flips = new java.util.ArrayList<>();
        for (long who : new long[] {p.ivanova(), p.smirnova(), p.ivanova(), p.smirnova()}) {
            flips.add(pool.submit(() -> broadcasts.showPage(id, 2, Actor.of(who))));
        }
        for (var flip : flips) {
            flip.get();
        }
        pool.shutdown();
        BroadcastInfo after = broadcasts.findRunning(p.ivanova()).getFirst();
        assertEquals(2, after.page());
        assertEquals(2, after.version(), "one change, however many asked for it at once");
    }

    @Test
    void revokingADisplayEndsItsCredentialAndItsLineOfTheLog() {
        PersonaSchool.Persona p = personaSchool.create();
        PairingCodes.Pending pending = displays.startPairing("10.1.1.9");
        long room = displays.pairDisplay(pending.code, "Каб. 9", List.of(), Actor.of(p.smirnova()));
        String credential = displays.collectCredential(pending.nonce).orElseThrow();
        long id = broadcasts.startBroadcast(new NewBroadcast(BroadcastKind.ANNOUNCEMENT, null, "Экскурсия", null,
                List.of(), null, false, List.of(room), false, null), Actor.of(p.smirnova()));
        assertEquals(ErrorCategory.FORBIDDEN, assertThrows(PartaException.class,
                () -> displays.revokeDisplay(room, Actor.of(p.orlov()))).category());
        displays.revokeDisplay(room, Actor.of(p.smirnova()));
        assertEquals(0, presence.findDevice(credential));
        assertTrue(displays.findDisplays(p.smirnova()).stream().noneMatch(d -> d.id() == room));
        assertTrue(broadcasts.findRunning(p.smirnova()).stream().noneMatch(b -> b.id() == id));
        assertEquals("display.notFound", refusal(() -> displays.revokeDisplay(room, Actor.of(p.smirnova()))));
        assertNotNull(auditLog.findByAction("display.revoked").getFirst());
    }

    @Test
    void aPersonsBroadcastsAreInTheirArchiveAndErasureEndsTheirControlOfDisplays() {
        PersonaSchool.Persona p = personaSchool.create();
        long room = BroadcastFixtures.pair(displays, p.smirnova(), "Каб. 30", p.kuznetsov());
        broadcasts.startBroadcast(new NewBroadcast(BroadcastKind.ANNOUNCEMENT, "Контрольная", "Контрольная в пятницу",
                null, List.of(), null, false, List.of(room), false, null), Actor.of(p.kuznetsov()));
        List<List<String>> rows = personalData.rows(p.kuznetsov(), java.time.ZoneId.of("Europe/Moscow"));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("broadcast ANNOUNCEMENT") && r.get(1).equals("Контрольная")));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("controls display") && r.get(1).equals("Каб. 30")));
        assertEquals("erasure.category.displays", personalData.erase(p.kuznetsov(), clock.instant()));
        assertTrue(displays.findDisplays(p.kuznetsov()).isEmpty(), "no longer controls the room's display");
        assertNull(personalData.erase(p.kuznetsov(), clock.instant()), "nothing left the second time");
    }

    private static String refusal(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(PartaException.class, call).messageKey();
    }
}

package ru.parta.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.event.ReactionLane;
import ru.parta.chat.ChatService;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.NewMessage;
import ru.parta.people.PersonaSchool;

/** An exported copy of the log is checked outside Parta: it holds as exported, and shows any edit. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class LogCopyCheckTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ModerationService moderation;

    @Inject
    ReportService reports;

    @Inject
    ChatService chats;

    @Inject
    ReactionLane lane;

    @Test
    void anExportedCopyHoldsAndAnyEditedRemovedOrAddedLineShows() throws Exception {
        PersonaSchool.Persona p = personaSchool.create();
        lane.awaitIdle();
        long chat = chats.findChats(p.petrov()).stream().filter(c -> c.kind() == ConversationKind.CLASS).findFirst()
                .map(ChatSummary::conversationId).orElseThrow();
        for (int i = 0; i < 4; i++) {
            long message = chats.postMessage(NewMessage.text(chat, "copy-check-" + i, "Сообщение " + i),
                    Actor.of(p.petrov())).delivered().id();
            reports.reportMessage(message, ModerationReason.SPAM, "=HYPERLINK(\"x\")", Actor.of(p.sidorova()));
            moderation.hideMessage(message, ModerationReason.SPAM, Actor.of(p.ivanova()));
        }
        String export = new String(moderation.exportLogCsv(ZoneId.of("Europe/Moscow"), Actor.of(p.smirnova())),
                StandardCharsets.UTF_8);
        LogCopyCheck.Verdict verdict = LogCopyCheck.check(new StringReader(export));
        assertTrue(verdict.holds(), verdict.toString());
        assertEquals(8, verdict.lines());
        assertEquals(moderation.findLogHeadHash(Actor.of(p.smirnova())), verdict.lastHash(),
                "the copy ends where the log does");

        List<String> rows = new ArrayList<>(Arrays.asList(export.split("\r\n")));
        String third = rows.get(3);
        rows.set(3, third.replace(";SPAM;", ";OTHER;"));
        LogCopyCheck.Verdict edited = LogCopyCheck.check(new StringReader(String.join("\r\n", rows)));
        assertFalse(edited.holds());
        assertEquals(Long.parseLong(third.split(";")[0]), edited.brokenAt());

        rows.set(3, third);
        String removedRow = rows.remove(5);
        LogCopyCheck.Verdict removed = LogCopyCheck.check(new StringReader(String.join("\r\n", rows)));
        assertFalse(removed.holds());
        assertEquals(Long.parseLong(rows.get(5).split(";")[0]), removed.brokenAt(), "the line after the gap");
        rows.add(5, removedRow);
        assertTrue(LogCopyCheck.check(new StringReader(String.join("\r\n", rows))).holds());
    }
}

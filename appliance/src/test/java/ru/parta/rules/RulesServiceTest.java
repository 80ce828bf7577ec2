package ru.parta.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import ru.parta.access.Actor;
import ru.parta.base.PartaException;
import ru.parta.people.PersonaSchool;

/** The school's rules: editions, acceptance once per edition, the acceptance list. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class RulesServiceTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    RulesService rules;

    @Inject
    RulesPersonalData personalData;

    @Test
    void everyoneAcceptsEachNewEditionOnceAndTheListShowsWhoDid() throws Exception {
        PersonaSchool.Persona p = personaSchool.create();
        assertFalse(rules.isAcceptanceDue(p.petrov()), "nothing to accept before the first edition");
        assertEquals(3, rules.findDraft().size(), "a draft of the regulation, the agreement and the polite-language rule");
        assertRefused("permission.denied", () -> rules.publishRules(rules.findDraft(), Actor.of(p.orlov())));
        assertRefused("rules.empty", () -> rules.publishRules(List.of(new RulesText(" ", "")), Actor.of(p.smirnova())));
        assertRefused("rules.document.incomplete", () -> rules.publishRules(List.of(new RulesText("Без текста", "")),
                Actor.of(p.smirnova())));

        PublishedRules first = rules.publishRules(rules.findDraft(), Actor.of(p.smirnova()));
        assertEquals(1, first.number());
        assertTrue(rules.isAcceptanceDue(p.petrov()));
        rules.acceptRules(first.editionId(), Actor.of(p.petrov()));
        rules.acceptRules(first.editionId(), Actor.of(p.petrov()));
        assertFalse(rules.isAcceptanceDue(p.petrov()), "accepting twice is one acceptance");
        RulesSheet sheet = rules.findAcceptances(Actor.of(p.orlov()));
        assertEquals(1, sheet.acceptedCount());
        RulesSheet.Entry petrov = sheet.entries().stream().filter(e -> e.fullName().equals("Петров Артём"))
                .findFirst().orElseThrow();
        assertEquals("5А", petrov.group());
        assertTrue(sheet.entries().stream().anyMatch(e -> e.fullName().equals("Петрова Елена")
                && e.group().equals("Родитель 5А")), sheet.entries().toString());
        assertRefused("permission.denied", () -> rules.findAcceptances(Actor.of(p.ivanova())));

        PublishedRules second = rules.publishRules(List.of(new RulesText("Правило вежливого общения",
                "Пишу вежливо.")), Actor.of(p.smirnova()));
        assertTrue(rules.isAcceptanceDue(p.petrov()), "a new edition asks again");
        assertRefused("rules.outdated", () -> rules.acceptRules(first.editionId(), Actor.of(p.petrov())));
        rules.acceptRules(second.editionId(), Actor.of(p.petrov()));
        assertEquals(List.of(List.of("1"), List.of("2")), personalData.rows(p.petrov(), ZoneId.of("UTC")).stream()
                .map(row -> List.of(row.getFirst())).toList());

        String csv = new String(rules.exportAcceptancesCsv(Actor.of(p.smirnova())), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Петров Артём;5А;ознакомлен(а);"), csv);
        String pdf;
        try (PDDocument document = Loader.loadPDF(rules.exportAcceptancesPdf(Actor.of(p.smirnova())))) {
            pdf = new PDFTextStripper().getText(document);
        }
        assertTrue(pdf.contains("С правилами ознакомлены (1 из"), pdf);
        assertTrue(pdf.contains("Редакция 2"), pdf);
        assertEquals("erasure.category.rules", personalData.erase(p.petrov(), java.time.Instant.now()));
    }

    private static void assertRefused(String key, Executable action) {
        PartaException refused = assertThrows(PartaException.class, action);
        assertEquals(key, refused.messageKey());
    }
}

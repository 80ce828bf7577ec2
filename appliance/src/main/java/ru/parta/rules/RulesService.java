package ru.parta.rules;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.CsvCells;
import ru.parta.base.PartaException;
import ru.parta.base.SignatureSheetPdf;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.base.i18n.Messages;
import ru.parta.school.SchoolService;

/**
 * Publishing the rules and accepting them. The current edition is kept in memory (the route guard
 * asks on every navigation whether the person has accepted it), read once and replaced on publish.
 */
@Singleton
public class RulesService {

    static final int DOCUMENTS_MAX = 5;
    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 60_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final RulesEditionRepository editions;
    private final RulesDocumentRepository documents;
    private final RulesReads reads;
    private final AccountService accounts;
    private final SchoolService school;
    private final Permissions permissions;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    /** The current edition; empty until the first is published; null until first read. */
    private final AtomicReference<Optional<RulesEdition>> current = new AtomicReference<>();

    RulesService(RulesEditionRepository editions, RulesDocumentRepository documents, RulesReads reads,
                 AccountService accounts, SchoolService school, Permissions permissions, AuditLog auditLog,
                 EventBus events, Clock clock) {
        this.editions = editions;
        this.documents = documents;
        this.reads = reads;
        this.accounts = accounts;
        this.school = school;
        this.permissions = permissions;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        events.subscribe(RulesPublished.class, published -> current.set(null));
    }

    /** A new edition: from now on everyone accepts it before anything else. */
    @Transactional
    public PublishedRules publishRules(List<RulesText> texts, Actor actor) {
        permissions.requireAdmin(actor);
        List<RulesText> clean = new ArrayList<>();
        for (RulesText text : texts) {
            String title = text.title() == null ? "" : text.title().strip();
            String body = text.body() == null ? "" : text.body().strip();
            if (title.isEmpty() && body.isEmpty()) {
                continue;
            }
            if (title.isEmpty() || body.isEmpty()) {
                throw PartaException.invalid("rules.document.incomplete");
            }
            if (title.length() > TITLE_MAX) {
                throw PartaException.invalid("rules.title.tooLong", TITLE_MAX);
            }
            if (body.length() > BODY_MAX) {
                throw PartaException.invalid("rules.body.tooLong", BODY_MAX);
            }
            clean.add(new RulesText(title, body));
        }
        if (clean.isEmpty()) {
            throw PartaException.invalid("rules.empty");
        }
        if (clean.size() > DOCUMENTS_MAX) {
            throw PartaException.limit("rules.tooMany", DOCUMENTS_MAX);
        }
        int number = editions.findFirstOrderByNumberDesc().map(RulesEdition::number).orElse(0) + 1;
        RulesEdition edition = editions.save(new RulesEdition(null, number, actor.accountId(), clock.instant()));
        for (int i = 0; i < clean.size(); i++) {
            documents.save(new RulesDocument(null, edition.id(), i, clean.get(i).title(), clean.get(i).body()));
        }
        auditLog.recordEvent("rules.published", actor.accountId(), String.valueOf(number), null);
        events.publish(new RulesPublished(edition.id()));
        current.set(null);
        return published(edition);
    }

    /** The person accepts the edition they were shown; a newer one published meanwhile is shown instead. */
    @Transactional
    public void acceptRules(long editionId, Actor actor) {
        permissions.requirePerson(actor);
        RulesEdition edition = currentEdition().orElseThrow(() -> PartaException.notFound("rules.none"));
        if (edition.id() != editionId) {
            throw PartaException.conflict("rules.outdated");
        }
        if (editions.countAcceptances(actor.accountId(), editionId) > 0) {
            return;
        }
        editions.accept(actor.accountId(), editionId, clock.instant());
        events.publish(new RulesAccepted(editionId));
    }

    /** What the administrator edits: the current edition, or before the first a draft of three documents. */
    public List<RulesText> findDraft() {
        return findCurrentRules().map(PublishedRules::documents).orElseGet(RulesService::template);
    }

    /** The draft shipped with Parta (resource file), for the school to adapt: "# Title" starts a document. */
    static List<RulesText> template() {
        try (var in = RulesService.class.getResourceAsStream("default-rules.ru.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<RulesText> drafts = new ArrayList<>();
            for (String part : text.split("(?m)^# ")) {
                if (!part.isBlank()) {
                    int end = part.indexOf('\n');
                    drafts.add(new RulesText(part.substring(0, end).strip(), part.substring(end + 1).strip()));
                }
            }
            return drafts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<PublishedRules> findCurrentRules() {
        return currentEdition().map(this::published);
    }

    /** The number of the current edition, 0 before the first; from memory, for every navigation. */
    public int findCurrentEditionNumber() {
        return currentEdition().map(RulesEdition::number).orElse(0);
    }

    /** Whether the person must accept the current edition before anything else. */
    public boolean isAcceptanceDue(long accountId) {
        return currentEdition().map(e -> editions.countAcceptances(accountId, e.id()) == 0).orElse(false);
    }

    /** Who has accepted the current edition: administrators and the director. */
    public RulesSheet findAcceptances(Actor actor) {
        permissions.requireAnyRole(actor, Role.ADMIN, Role.DIRECTOR);
        RulesEdition edition = currentEdition().orElseThrow(() -> PartaException.notFound("rules.none"));
        Messages messages = Messages.core();
        return new RulesSheet(edition.number(), edition.publishedAt(), reads.findEntries(edition.id(),
                role -> messages.translate(Role.valueOf(role).messageKey(), Messages.RUSSIAN)));
    }

    public byte[] exportAcceptancesCsv(Actor actor) {
        RulesSheet sheet = findAcceptances(actor);
        Messages messages = Messages.core();
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            csv.printRecord(t(messages, "ack.pdf.name"), t(messages, "rules.sheet.group"), t(messages, "ack.csv.status"),
                    t(messages, "ack.pdf.time"));
            for (RulesSheet.Entry entry : sheet.entries()) {
                csv.printRecord(CsvCells.safe(entry.fullName()), CsvCells.safe(entry.group()),
                        t(messages, entry.accepted() ? "ack.csv.confirmed" : "ack.csv.pending"), time(entry.acceptedAt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] exportAcceptancesPdf(Actor actor) {
        RulesSheet sheet = findAcceptances(actor);
        PublishedRules rules = findCurrentRules().orElseThrow();
        Messages messages = Messages.core();
        List<String> columns = List.of(t(messages, "ack.pdf.name"), t(messages, "rules.sheet.group"),
                t(messages, "ack.pdf.time"));
        float[] widths = {230, 110, 130};
        List<RulesSheet.Entry> accepted = sheet.entries().stream().filter(RulesSheet.Entry::accepted).toList();
        List<RulesSheet.Entry> pending = sheet.entries().stream().filter(e -> !e.accepted()).toList();
        List<SignatureSheetPdf.Table> tables = new ArrayList<>();
        tables.add(new SignatureSheetPdf.Table(t(messages, "rules.sheet.accepted", accepted.size(),
                sheet.entries().size()), columns, widths, accepted.stream().map(e -> List.of(e.fullName(), e.group(),
                time(e.acceptedAt()))).toList()));
        if (!pending.isEmpty()) {
            tables.add(new SignatureSheetPdf.Table(t(messages, "ack.pdf.pending", pending.size()), columns, widths,
                    pending.stream().map(e -> List.of(e.fullName(), e.group(), "")).toList()));
        }
        String titles = String.join("; ", rules.documents().stream().map(RulesText::title).toList());
        return SignatureSheetPdf.render(school.requireSchool().name(), t(messages, "rules.sheet.title"),
                List.of(t(messages, "rules.sheet.edition", sheet.number(), time(sheet.publishedAt())), titles), "",
                tables, t(messages, "ack.pdf.signature"));
    }

    private Optional<RulesEdition> currentEdition() {
        Optional<RulesEdition> known = current.get();
        if (known == null) {
            known = editions.findFirstOrderByNumberDesc();
            current.set(known);
        }
        return known;
    }

    private PublishedRules published(RulesEdition edition) {
        String publisher = accounts.findPerson(edition.publishedBy()).map(AccountSummary::fullName).orElse("");
        return new PublishedRules(edition.id(), edition.number(), edition.publishedAt(), publisher,
                documents.findByEditionIdOrderByPositionAsc(edition.id()).stream()
                        .map(d -> new RulesText(d.title(), d.body())).toList());
    }

    private String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(school.zone()));
    }

    private static String t(Messages messages, String key, Object... args) {
        return messages.translate(key, Messages.RUSSIAN, args);
    }
}

package ru.parta.people;

import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.ConsentRecord;
import ru.parta.access.Consents;
import ru.parta.access.Permissions;
import ru.parta.access.SecurityLog;
import ru.parta.access.SessionInfo;
import ru.parta.access.SessionService;
import ru.parta.base.CsvCells;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditFilter;
import ru.parta.base.audit.AuditSearch;
import ru.parta.base.i18n.Messages;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;
import ru.parta.school.SchoolService;

/**
 * A person's own data as a ZIP of CSV files (UTF-8, ";"): profile, contacts, consents, sessions and
 * their security-log entries. Messages and files join the archive when those features exist; the
 * archive says so instead of leaving the reader to guess.
 */
@Singleton
public class PersonalDataExport {

    private final AccountService accounts;
    private final PeopleService people;
    private final ClassService classes;
    private final Consents consents;
    private final SessionService sessions;
    private final AuditSearch auditSearch;
    private final SchoolService schools;
    private final List<PersonalDataPart> parts;
    private final Messages messages = Messages.core();
    private final Permissions permissions;

    PersonalDataExport(AccountService accounts, PeopleService people, ClassService classes, Consents consents,
                       SessionService sessions, AuditSearch auditSearch, SchoolService schools,
                       List<PersonalDataPart> parts, Permissions permissions) {
        this.permissions = permissions;
        this.accounts = accounts;
        this.people = people;
        this.classes = classes;
        this.consents = consents;
        this.sessions = sessions;
        this.auditSearch = auditSearch;
        this.schools = schools;
        this.parts = parts;
    }

    /** The archive of the signed-in person's own data; nobody downloads another person's archive. */
    public byte[] exportOwnData(Actor actor) {
        permissions.requirePerson(actor);
        long accountId = actor.accountId();
        AccountSummary me = accounts.findAccount(accountId).orElseThrow(() -> PartaException.forbidden("permission.denied"));
        ZoneId zone = schools.zone();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "README.txt", t("export.readme").getBytes(StandardCharsets.UTF_8));
            put(zip, "profile.csv", csv(List.of("field", "value"), List.of(
                    List.of("full_name", me.fullName()),
                    List.of("login", String.valueOf(me.login())),
                    List.of("roles", me.roles().stream().sorted().map(Enum::name).collect(Collectors.joining(","))),
                    List.of("status", me.status().name()),
                    List.of("class", people.findClassIdOf(me.id()).flatMap(classes::findClass).map(SchoolClass::label)
                            .orElse("")),
                    List.of("children", names(people.findChildIds(me.id()))),
                    List.of("parents", names(people.findParentIds(me.id()))))));
            PersonDetail detail = people.detailOf(me.id());
            put(zip, "contacts.csv", csv(List.of("birth_date", "phone", "email"), List.of(List.of(
                    detail.birthDate() == null ? "" : detail.birthDate().toString(), nz(detail.phone()),
                    nz(detail.email())))));
            put(zip, "consents.csv", csv(List.of("subject_account_id", "version", "given_at", "address"),
                    consents.findConsents(me.id()).stream().map((ConsentRecord c) -> List.of(
                            String.valueOf(c.subjectAccountId()), c.consentVersion(), c.givenAt().atZone(zone).toString(),
                            nz(c.clientAddress()))).toList()));
            put(zip, "sessions.csv", csv(List.of("started_at", "last_seen_at", "address", "browser"),
                    sessions.findActiveSessions(me.id()).stream().map((SessionInfo s) -> List.of(
                            s.startedAt().atZone(zone).toString(), s.lastSeenAt().atZone(zone).toString(),
                            nz(s.clientAddress()), nz(s.userAgent()))).toList()));
            put(zip, "security-log.csv", SecurityLog.toCsv(auditSearch.findEvents(
                    new AuditFilter(null, me.id(), null, null, null), 0, ErasureService.EXTRACT_MAX), zone));
            for (PersonalDataPart part : parts) {
                put(zip, part.fileName(), csv(part.header(), part.rows(me.id(), zone)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String names(List<Long> ids) {
        return accounts.findPeople(ids).values().stream().map(AccountSummary::fullName).sorted()
                .collect(Collectors.joining(", "));
    }

    private String t(String key) {
        return messages.translate(key, Messages.RUSSIAN);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvCells::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}

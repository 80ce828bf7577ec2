package ru.parta.people;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.ActivationService;
import ru.parta.access.Actor;
import ru.parta.access.PendingCode;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.i18n.Messages;
import ru.parta.school.ClassService;
import ru.parta.school.School;
import ru.parta.school.SchoolClass;
import ru.parta.school.SchoolService;

/**
 * Printable activation slips: one PDF per class (its students and their parents who have not
 * activated yet) and one for the staff. A missing or expired code is reissued as the slips are
 * made, so every printed code works; codes still valid are printed as they are.
 */
@Singleton
public class SlipService {

    static final String ACTIVATION_PATH = "/activate?code=";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ClassService classes;
    private final PeopleService people;
    private final AccountService accounts;
    private final ActivationService activation;
    private final SchoolService schools;
    private final AuditLog auditLog;
    private final Messages messages = Messages.core();
    private final Permissions permissions;

    SlipService(ClassService classes, PeopleService people, AccountService accounts, ActivationService activation,
                SchoolService schools, AuditLog auditLog, Permissions permissions) {
        this.permissions = permissions;
        this.classes = classes;
        this.people = people;
        this.accounts = accounts;
        this.activation = activation;
        this.schools = schools;
        this.auditLog = auditLog;
    }

    /** Slips for a class; for administrators, the director and the class's own class teacher. */
    @Transactional
    public byte[] printClassSlips(long classId, String baseUrl, Actor actor) {
        AccountSummary viewer = requireViewer(actor);
        SchoolClass schoolClass = classes.requireCurrentClass(classId);
        boolean classTeacher = schoolClass.classTeacherId() != null && schoolClass.classTeacherId() == viewer.id();
        if (!viewer.hasAnyRole(Set.of(Role.ADMIN, Role.DIRECTOR)) && !classTeacher) {
            throw PartaException.forbidden("slips.forbidden");
        }
        List<AccountSummary> students = pending(people.findStudentIds(classId));
        List<Slip> slips = new ArrayList<>();
        Map<Long, PendingCode> codes = currentCodes(students, viewer);
        for (AccountSummary student : students) {
            slips.add(slip(student, messages.translate("slip.role.student", Messages.RUSSIAN, schoolClass.label()),
                    codes.get(student.id()), baseUrl));
        }
        List<AccountSummary> allStudents = accounts.findPeople(people.findStudentIds(classId)).values().stream()
                .filter(s -> s.status() != AccountStatus.LEFT).sorted(byName()).toList();
        for (AccountSummary child : allStudents) {
            List<AccountSummary> parents = pending(people.findParentIds(child.id()));
            Map<Long, PendingCode> parentCodes = currentCodes(parents, viewer);
            for (AccountSummary parent : parents) {
                slips.add(slip(parent, messages.translate("slip.role.parent", Messages.RUSSIAN, child.fullName(),
                        schoolClass.label()), parentCodes.get(parent.id()), baseUrl));
            }
        }
        auditLog.recordEvent("slips.printed", viewer.id(), schoolClass.label() + " " + slips.size(), null);
        School school = schools.requireSchool();
        return new SlipPdf(messages, Messages.RUSSIAN).render(
                messages.translate("slip.title.class", Messages.RUSSIAN, schoolClass.label()), school.name(), slips);
    }

    /** Slips for staff members who have not activated yet; administrators only. */
    @Transactional
    public byte[] printStaffSlips(String baseUrl, Actor actor) {
        AccountSummary viewer = requireViewer(actor);
        if (!viewer.hasRole(Role.ADMIN)) {
            throw PartaException.forbidden("slips.forbidden");
        }
        List<AccountSummary> staff = accounts.findPendingStaff().stream().sorted(byName()).toList();
        Map<Long, PendingCode> codes = currentCodes(staff, viewer);
        List<Slip> slips = new ArrayList<>();
        for (AccountSummary person : staff) {
            String roles = person.roles().stream().sorted().map(r -> messages.translate(r.messageKey(),
                    Messages.RUSSIAN)).reduce((a, b) -> a + ", " + b).orElse("");
            slips.add(slip(person, roles, codes.get(person.id()), baseUrl));
        }
        auditLog.recordEvent("slips.printed", viewer.id(), "staff " + slips.size(), null);
        return new SlipPdf(messages, Messages.RUSSIAN).render(messages.translate("slip.title.staff", Messages.RUSSIAN),
                schools.requireSchool().name(), slips);
    }

    /** The link a slip's QR code holds: the server's own address, then the activation page. */
    public static String activationLink(String baseUrl, String code) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + ACTIVATION_PATH + code;
    }

    private Slip slip(AccountSummary person, String roleLine, PendingCode code, String baseUrl) {
        LocalDate validUntil = LocalDate.ofInstant(code.expiresAt(), schools.zone());
        String link = activationLink(baseUrl, code.code());
        return new Slip(person.fullName(), roleLine, code.displayCode(), link.substring(0, link.indexOf('?')), link,
                DATE.format(validUntil));
    }

    private List<AccountSummary> pending(Collection<Long> ids) {
        return accounts.findPeople(ids).values().stream().filter(p -> p.status() == AccountStatus.PENDING)
                .sorted(byName()).toList();
    }

    private Map<Long, PendingCode> currentCodes(List<AccountSummary> people, AccountSummary viewer) {
        Map<Long, PendingCode> codes = new java.util.HashMap<>(
                activation.findCodes(people.stream().map(AccountSummary::id).toList()));
        for (AccountSummary person : people) {
            PendingCode code = codes.get(person.id());
            if (code == null || code.used() || activation.isExpired(code)) {
                codes.put(person.id(), activation.renewCode(person.id(), viewer.id()));
            }
        }
        return codes;
    }

    /** The printing person as the database knows them now, not as the screen remembered them. */
    private AccountSummary requireViewer(Actor actor) {
        permissions.requirePerson(actor);
        return accounts.findAccount(actor.accountId()).orElseThrow(() -> PartaException.forbidden("slips.forbidden"));
    }

    private static Comparator<AccountSummary> byName() {
        return Comparator.comparing(AccountSummary::fullName);
    }
}

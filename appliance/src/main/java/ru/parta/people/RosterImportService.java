package ru.parta.people;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import ru.parta.access.AccountService;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.school.ClassService;

/**
 * Roster import: a preview that writes nothing, then an import that plans the same file again
 * inside one transaction and writes everything or nothing. Planning twice costs a little time and
 * means nothing is kept on the server between the two steps.
 */
@Singleton
public class RosterImportService {

    private final AccountService accounts;
    private final Permissions permissions;
    private final ClassService classes;
    private final PeopleService people;
    private final StudentRows students;
    private final ParentRows parents;
    private final StaffRows staff;
    private final AuditLog auditLog;
    private final EventBus events;

    RosterImportService(AccountService accounts, ClassService classes, PeopleService people, StudentRows students,
                        ParentRows parents, StaffRows staff, AuditLog auditLog, EventBus events,
                        Permissions permissions) {
        this.permissions = permissions;
        this.accounts = accounts;
        this.classes = classes;
        this.people = people;
        this.students = students;
        this.parents = parents;
        this.staff = staff;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** Reads and checks the file and says what importing it would do; writes nothing. */
    @Transactional(readOnly = true)
    public RosterPreview previewRoster(RosterKind kind, byte[] file) {
        return plan(kind, file, new RosterContext(accounts, classes, people));
    }

    /** Imports the whole file in one transaction, or nothing if any line has a problem. */
    @Transactional
    public RosterPreview importRoster(RosterKind kind, byte[] file, Actor actor, RosterProgress progress) {
        permissions.requireAdmin(actor);
        RosterContext context = new RosterContext(accounts, classes, people);
        RosterPreview preview = plan(kind, file, context);
        if (preview.hasProblems()) {
            throw PartaException.invalid("roster.hasProblems", preview.count(PlannedLine.Action.PROBLEM));
        }
        int total = context.steps.size();
        for (int i = 0; i < total; i++) {
            context.steps.get(i).apply(actor);
            progress.linesDone(i + 1, total);
        }
        auditLog.recordEvent("roster.imported", actor.auditId(), kind + " new=" + preview.count(PlannedLine.Action.NEW)
                + " updated=" + preview.count(PlannedLine.Action.UPDATE), null);
        events.publish(new PeopleChanged());
        return preview;
    }

    private RosterPreview plan(RosterKind kind, byte[] file, RosterContext context) {
        RosterFile.Table table = RosterFile.read(file, kind);
        List<PlannedLine> lines = new ArrayList<>();
        for (RosterFile.Line line : table.lines()) {
            lines.add(switch (kind) {
                case STUDENTS -> students.plan(line, context);
                case PARENTS -> parents.plan(line, context);
                case STAFF -> staff.plan(line, context);
            });
        }
        return new RosterPreview(kind, table.charset().displayName(), table.delimiter(), lines);
    }
}

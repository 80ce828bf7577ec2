package ru.parta.ui.backup;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import ru.parta.access.Actor;
import ru.parta.access.Role;
import ru.parta.backup.BackupEntry;
import ru.parta.backup.BackupProgress;
import ru.parta.backup.BackupService;
import ru.parta.backup.BackupStatus;
import ru.parta.backup.RestoreService;
import ru.parta.backup.Verification;
import ru.parta.base.PartaException;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.Irreversible;
import ru.parta.ui.base.LabelledLine;
import ru.parta.ui.base.UiErrors;
import ru.parta.ui.home.MainLayout;

/**
 * The school's backups for administrators: whether the school is covered (the newest checked
 * backup, the last attempt, the next nightly one, the extra disk), making one now with its progress,
 * and each backup with its check, to check again or to restore (which restarts Parta).
 */
@Prototype
@Route(value = Routes.BACKUPS, layout = MainLayout.class)
@AllowedRoles({Role.ADMIN})
public class BackupsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final BackupService backups;
    private final RestoreService restores;
    private final ZoneId zone;
    private final Div state = new Div();
    private final Div list = new Div();
    private final Div progress = new Div();
    private final Button now = new Button();

    public BackupsView(BackupService backups, RestoreService restores, SchoolService schools) {
        this.backups = backups;
        this.restores = restores;
        this.zone = schools.zone();
        addClassName("page");
        add(new H2(getTranslation("backups.title")));
        state.setId("backup-state");
        progress.setId("backup-progress");
        progress.addClassName("backup-progress");
        now.setText(getTranslation("backups.now"));
        now.setIcon(VaadinIcon.ARCHIVE.create());
        now.setId("backup-now");
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.addClickListener(click -> inBackground(backups::makeBackup,
                made -> Notification.show(getTranslation("backups.made", made.name()))));
        list.setId("backup-list");
        list.addClassName("backup-list");
        add(state, now, progress, new H3(getTranslation("backups.list")), list,
                new Paragraph(getTranslation("backups.howConsole")));
        show();
    }

    private void show() {
        Actor actor = CurrentAccount.actor();
        BackupStatus status = backups.readBackupStatus(actor);
        state.removeAll();
        if (status.warning() != null) {
            Paragraph warning = new Paragraph(getTranslation(status.warning().messageKey()));
            warning.addClassName("warning");
            warning.setId("backup-warning");
            state.add(warning);
        }
        state.add(line("backups.newest", status.newestVerified() == null ? getTranslation("backups.noneYet")
                : getTranslation("backups.newestIs", time(status.newestVerified().createdAt()),
                megabytes(status.newestVerified().bytes()))));
        if (status.lastAttempt() != null && !status.lastAttempt().succeeded()) {
            state.add(line("backups.lastFailed", time(status.lastAttempt().at()) + " — " + getTranslation(
                    status.lastAttempt().problemKey(), status.lastAttempt().problemArguments().toArray())));
        }
        state.add(line("backups.next", status.nextScheduled() == null ? getTranslation("backups.scheduleOff")
                : time(status.nextScheduled())));
        state.add(line("backups.where", status.directory()));
        if (!status.extraDirectory().isEmpty()) {
            state.add(line("backups.extra", status.extraDirectory() + " — " + getTranslation(status.extraPresent()
                    ? "backups.extraPresent" : "backups.extraMissing")));
        }
        if (status.lastRestore() != null) {
            state.add(line("backups.lastRestore", getTranslation(status.lastRestore().succeeded()
                    ? "backups.restoredOk" : "backups.restoredFailed", status.lastRestore().backupName(),
                    time(status.lastRestore().at()))));
        }
        list.removeAll();
        List<BackupEntry> all = backups.readBackups(actor);
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("backups.empty")));
        }
        for (BackupEntry entry : all) {
            list.add(card(entry));
        }
        showProgress(backups.findProgress().orElse(null));
    }

    private Div card(BackupEntry entry) {
        Span when = new Span(time(entry.createdAt()));
        when.addClassName("backup-when");
        Span size = new Span(megabytes(entry.bytes()));
        Span checked = new Span(checkText(entry));
        checked.addClassName(entry.verified() ? "backup-ok" : "backup-bad");
        Div head = new Div(when, size);
        head.addClassName("backup-head");
        Button verify = new Button(getTranslation("backups.verify"), VaadinIcon.CHECK_CIRCLE_O.create(), click ->
                inBackground(actor -> backups.verifyBackup(actor, entry.name()), outcome ->
                        Notification.show(outcome.passed() ? getTranslation("backups.verifiedNow")
                                : getTranslation("backups.damaged", getTranslation(outcome.problemKey(),
                                outcome.problemArguments().toArray())))));
        verify.setId("backup-verify-" + entry.name());
        Button restore = new Button(getTranslation("backups.restore"), VaadinIcon.TIME_BACKWARD.create(), click ->
                Irreversible.confirm(getTranslation("backups.restoreTitle", time(entry.createdAt())),
                        getTranslation("backups.restoreText"), getTranslation("backups.restore"), () ->
                                inBackground(actor -> restores.restoreBackup(actor, entry.name()),
                                        started -> restarting())));
        restore.setId("backup-restore-" + entry.name());
        restore.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        restore.setEnabled(entry.verified());
        Div actions = new Div(verify, restore);
        actions.addClassName("backup-actions");
        Div card = new Div(head, checked, new Span(entry.name()), actions);
        card.addClassName("backup-card");
        card.setId("backup-" + entry.name());
        return card;
    }

    private String checkText(BackupEntry entry) {
        if (entry.problemKey() != null) {
            return getTranslation(entry.problemKey());
        }
        Verification verification = entry.verification();
        if (verification == null) {
            return getTranslation("backups.unchecked");
        }
        return verification.passed()
                ? getTranslation("backups.checked", time(verification.at()), verification.rows(), verification.files())
                : getTranslation("backups.damaged", getTranslation(verification.problemKey(),
                verification.problemArguments().toArray()));
    }

    private void restarting() {
        Notification notice = new Notification(getTranslation("backups.restarting"), 0, Notification.Position.MIDDLE);
        notice.setId("backup-restarting");
        notice.open();
    }

    /**
     * Backups and checks take minutes on a big school: they run off the request, the page polls
     * for progress, and the outcome (or its reason) comes back into the page.
     */
    private <T> void inBackground(java.util.function.Function<Actor, T> work, java.util.function.Consumer<T> done) {
        UI ui = UI.getCurrent();
        now.setEnabled(false);
        ui.setPollInterval(1000);
        com.vaadin.flow.shared.Registration polling = ui.addPollListener(poll -> showProgress(backups.findProgress().orElse(null)));
        Actor actor = CurrentAccount.actor();
        Thread.ofVirtual().name("backup-ui").start(() -> {
            T result = null;
            PartaException refused = null;
            try {
                result = work.apply(actor);
            } catch (PartaException e) {
                refused = e;
            }
            T outcome = result;
            PartaException problem = refused;
            ui.access(() -> {
                polling.remove();
                ui.setPollInterval(-1);
                now.setEnabled(true);
                if (problem != null) {
                    UiErrors.show(getTranslation(problem.messageKey(), problem.arguments()));
                } else {
                    done.accept(outcome);
                }
                show();
            });
        });
    }

    private void showProgress(BackupProgress running) {
        progress.removeAll();
        if (running == null) {
            return;
        }
        ProgressBar bar = new ProgressBar(0, 100, running.percent());
        bar.setIndeterminate(running.total() == 0);
        progress.add(new Span(getTranslation("backups.running", getTranslation("backup.step." + running.step().name()),
                running.done(), running.total())), bar);
    }

    private Div line(String labelKey, String value) {
        return LabelledLine.of(this, labelKey, value);
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backups.title");
    }
}

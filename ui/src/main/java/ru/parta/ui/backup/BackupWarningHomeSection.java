package ru.parta.ui.backup;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import jakarta.inject.Singleton;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.backup.BackupService;
import ru.parta.backup.BackupStatus;
import ru.parta.ui.Routes;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.HomeSection;

/** A failed or missing backup, on top of every administrator's home page until it is put right. */
@Singleton
class BackupWarningHomeSection implements HomeSection {

    private final BackupService backups;

    BackupWarningHomeSection(BackupService backups) {
        this.backups = backups;
    }

    @Override
    public int order() {
        return -1;
    }

    @Override
    public Component create(AccountSummary viewer) {
        Div section = new Div();
        section.setVisible(false);
        if (!viewer.hasRole(Role.ADMIN)) {
            return section;
        }
        BackupStatus status = backups.readBackupStatus(CurrentAccount.actor());
        if (status.warning() == null) {
            return section;
        }
        Anchor link = new Anchor(Routes.BACKUPS, section.getTranslation(status.warning().messageKey()));
        link.setId("home-backup-warning");
        section.add(link);
        section.addClassName("warning");
        section.setVisible(true);
        return section;
    }
}

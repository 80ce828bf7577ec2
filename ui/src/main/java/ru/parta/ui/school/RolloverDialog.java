package ru.parta.ui.school;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import ru.parta.access.AccountSummary;
import ru.parta.people.RolloverPlan;
import ru.parta.people.RolloverService;
import ru.parta.school.AcademicYear;
import ru.parta.ui.access.CurrentAccount;

/**
 * The academic-year rollover: what will happen to each class, then one confirmation. The plan's
 * year goes back to the service, so a second confirmation (or another tab) is refused there.
 */
class RolloverDialog extends Dialog {

    RolloverDialog(RolloverService rollover, AccountSummary viewer, Runnable afterwards) {
        RolloverPlan plan = rollover.previewRollover();
        setHeaderTitle(getTranslation("rollover.title", AcademicYear.label(plan.currentYear()),
                AcademicYear.label(plan.currentYear() + 1)));
        Grid<RolloverPlan.ClassMove> moves = new Grid<>();
        moves.addColumn(RolloverPlan.ClassMove::fromLabel).setHeader(getTranslation("rollover.column.now"));
        moves.addColumn(move -> move.graduates() ? getTranslation("rollover.graduates") : move.toLabel())
                .setHeader(getTranslation("rollover.column.next"));
        moves.addColumn(RolloverPlan.ClassMove::students).setHeader(getTranslation("rollover.column.students"));
        moves.setItems(plan.moves());
        moves.setAllRowsVisible(true);
        moves.setId("rollover-moves");
        Paragraph summary = new Paragraph(getTranslation("rollover.summary", plan.moves().size(),
                plan.graduatingStudents()));
        summary.setId("rollover-summary");
        add(summary, moves);
        setWidth("min(40rem, 95vw)");

        Button confirm = new Button(getTranslation("rollover.action.confirm"), click -> {
            rollover.rollOverYear(plan.currentYear(), CurrentAccount.actor());
            Notification done = Notification.show(getTranslation("rollover.done",
                    AcademicYear.label(plan.currentYear() + 1)));
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            afterwards.run();
        });
        confirm.setId("rollover-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setDisableOnClick(true);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }
}

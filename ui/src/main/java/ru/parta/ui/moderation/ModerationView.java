package ru.parta.ui.moderation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import ru.parta.access.AccountSummary;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.chat.ChatMessage;
import ru.parta.moderation.ModerationReason;
import ru.parta.moderation.ModerationService;
import ru.parta.moderation.MyReport;
import ru.parta.moderation.QueueChanged;
import ru.parta.moderation.QueueItem;
import ru.parta.moderation.ReportService;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.base.UiErrors;
import ru.parta.ui.home.MainLayout;

/**
 * Moderation for each person: a moderator's queue of reported messages in the chats they moderate
 * (the most severe first, then the oldest; live), each with the chat around it, to hide or dismiss;
 * and everyone's own reports with what became of them.
 */
@Prototype
@Route(value = Routes.MODERATION, layout = MainLayout.class)
@AnyRole
public class ModerationView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM HH:mm");

    private final ReportService reports;
    private final ModerationService moderation;
    private final ZoneId zone;
    private final AccountSummary viewer;
    private final Div queue = new Div();
    private final Div mine = new Div();

    public ModerationView(ReportService reports, ModerationService moderation, SchoolService school, EventBus events) {
        this.reports = reports;
        this.moderation = moderation;
        this.zone = school.zone();
        this.viewer = CurrentAccount.get().orElseThrow();
        addClassName("page");
        add(new H2(getTranslation("moderation.title")));
        if (reports.isModerator(viewer.id())) {
            queue.setId("moderation-queue");
            queue.addClassName("moderation-queue");
            add(new H3(getTranslation("moderation.queue")), queue);
            LiveUpdates.follow(queue, events, QueueChanged.class, changed -> showQueue());
        }
        mine.setId("moderation-mine");
        add(new H3(getTranslation("moderation.mine")), mine);
        show();
    }

    private void show() {
        showQueue();
        mine.removeAll();
        var own = reports.findMyReports(viewer.id());
        if (own.isEmpty()) {
            mine.add(new Paragraph(getTranslation("moderation.mine.none")));
        }
        for (MyReport report : own) {
            Div row = new Div(new Span(TIME.format(report.reportedAt().atZone(zone))),
                    new Span(getTranslation(ModerationReason.valueOf(report.reason()).messageKey())),
                    new Span(getTranslation("moderation.status." + report.status().toLowerCase(Locale.ROOT))));
            row.addClassName("moderation-report");
            mine.add(row);
        }
    }

    private void showQueue() {
        if (!reports.isModerator(viewer.id())) {
            return;
        }
        queue.removeAll();
        var items = reports.findQueue(viewer.id());
        if (items.isEmpty()) {
            queue.add(new Paragraph(getTranslation("moderation.queue.empty")));
        }
        for (QueueItem item : items) {
            Div context = new Div();
            context.addClassName("moderation-context");
            for (ChatMessage around : item.context()) {
                Div line = new Div(new Span(around.authorName() + ": "), new Span(around.body()));
                line.setClassName("reported", around.id() == item.message().id());
                context.add(line);
            }
            String reasons = item.reasons().stream().map(r -> getTranslation(r.messageKey()))
                    .collect(Collectors.joining(", "));
            Div head = new Div(new Span(reasons), new Span(getTranslation("moderation.queue.meta", item.reporters(),
                    TIME.format(item.waitingSince().atZone(zone)))));
            head.addClassName("moderation-item-head");
            Button hide = new Button(getTranslation("moderation.hide"), click -> act(() ->
                    moderation.hideMessage(item.message().id(), item.reasons().getFirst(), CurrentAccount.actor())));
            hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            hide.setId("moderation-hide-" + item.message().id());
            Button dismiss = new Button(getTranslation("moderation.dismiss"), click -> act(() ->
                    reports.dismissReports(item.message().id(), CurrentAccount.actor())));
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
            dismiss.setId("moderation-dismiss-" + item.message().id());
            Div card = new Div(head, context);
            item.comments().forEach(comment -> card.add(new Paragraph("«" + comment + "»")));
            card.add(new Div(hide, dismiss));
            card.addClassName("moderation-item");
            queue.add(card);
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
            show();
        } catch (PartaException refused) {
            UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title");
    }
}

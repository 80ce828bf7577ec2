package ru.parta.ui.channel;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import ru.parta.access.AccountSummary;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.channel.AckSheet;
import ru.parta.channel.AckSheetChanged;
import ru.parta.channel.AcknowledgementService;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.Downloads;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.base.UiErrors;
import ru.parta.ui.home.MainLayout;

/**
 * An announcement's acknowledgement sheet, for its channel's authors: how many confirmed (live),
 * by class, who has and who has not, a reminder to the rest, the families outside Parta to call,
 * and the sheet to file as CSV or PDF. A burst of confirmations re-reads the sheet once per fetch.
 */
@Prototype
@Route(value = Routes.ACK_SHEET + "/:id", layout = MainLayout.class)
@AnyRole
public class AckSheetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd.MM HH:mm");
    private static final int TEXT_SHOWN = 400;

    enum Shown { ALL, PENDING, CONFIRMED }

    private final AcknowledgementService acknowledgements;
    private final EventBus events;
    private final ZoneId zone;
    private final AccountSummary viewer;
    private final Div summary = new Div();
    private final Div byClass = new Div();
    private final Div outside = new Div();
    private final Grid<AckSheet.Entry> people = new Grid<>();
    private final Select<Shown> filter = new Select<>();
    private final Button remind = new Button();
    private long messageId;
    private AckSheet sheet;
    private boolean stale;

    public AckSheetView(AcknowledgementService acknowledgements, EventBus events, SchoolService school) {
        this.acknowledgements = acknowledgements;
        this.events = events;
        this.zone = school.zone();
        this.viewer = CurrentAccount.get().orElseThrow();
        addClassName("page");
        addClassName("ack-sheet");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            messageId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            sheet = acknowledgements.findSheet(messageId, viewer.id());
        } catch (NumberFormatException | PartaException notThere) {
            event.forwardTo(Routes.CHANNELS);
            UiErrors.show(getTranslation("ack.sheet.notFound"));
            return;
        }
        build();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ack.sheet.title");
    }

    private void build() {
        removeAll();
        RouterLink back = new RouterLink();
        back.setRoute(ru.parta.ui.chat.ChatView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(sheet.conversationId())));
        back.add(VaadinIcon.ARROW_LEFT.create(), new Span(getTranslation("ack.sheet.back")));
        back.addClassName("ack-back");
        back.setId("ack-back");
        Paragraph meta = new Paragraph(getTranslation("ack.sheet.meta", sheet.channelName(), sheet.authorName(),
                time(sheet.postedAt())));
        meta.addClassName("ack-meta");
        String text = sheet.text().length() > TEXT_SHOWN ? sheet.text().substring(0, TEXT_SHOWN) + "…" : sheet.text();
        Div post = new Div(text);
        post.addClassName("ack-post");

        summary.setId("ack-summary");
        summary.addClassName("ack-summary");
        remind.setText(getTranslation("ack.sheet.remind"));
        remind.setIcon(VaadinIcon.BELL_O.create());
        remind.setId("ack-remind");
        remind.addClickListener(click -> remind());
        long sheetOf = messageId;
        Anchor csv = Downloads.link("ack-csv", "CSV", "parta-acknowledgements-" + sheetOf + ".csv", "text/csv",
                () -> acknowledgements.exportSheetCsv(sheetOf, CurrentAccount.actor()));
        Anchor pdf = Downloads.link("ack-pdf", "PDF", "parta-acknowledgements-" + sheetOf + ".pdf",
                "application/pdf", () -> acknowledgements.exportSheetPdf(sheetOf, CurrentAccount.actor()));
        Div actions = new Div(remind, csv, pdf);
        actions.addClassName("ack-actions");

        byClass.addClassName("ack-by-class");
        byClass.setId("ack-by-class");
        filter.setItems(Shown.values());
        filter.setItemLabelGenerator(shown -> getTranslation("ack.sheet.show." + shown.name().toLowerCase()));
        filter.setValue(Shown.ALL);
        filter.setId("ack-filter");
        filter.setAriaLabel(getTranslation("ack.sheet.people"));
        filter.addValueChangeListener(change -> showPeople());
        people.addColumn(AckSheet.Entry::fullName).setHeader(getTranslation("ack.sheet.name")).setFlexGrow(3)
                .setSortable(true);
        people.addColumn(AckSheet.Entry::classLabel).setHeader(getTranslation("ack.sheet.class")).setFlexGrow(1);
        people.addColumn(e -> e.acknowledged() ? SHORT.format(e.acknowledgedAt().atZone(zone)) : "—")
                .setHeader(getTranslation("ack.sheet.when")).setFlexGrow(2);
        people.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        people.setId("ack-people");
        people.addClassName("ack-people");
        outside.addClassName("ack-outside");
        outside.setId("ack-outside");
        Div peopleHead = new Div(new H3(getTranslation("ack.sheet.people")), filter);
        peopleHead.addClassName("ack-people-head");
        add(back, new H2(getTranslation("ack.sheet.title")), meta, post, summary, actions,
                new H3(getTranslation("ack.sheet.byClass")), byClass, peopleHead, people, outside);
        show();
        LiveUpdates.follow(summary, events, AckSheetChanged.class, AckSheetChanged.topic(messageId), changed -> {
            // Many confirmations in one fetch re-read the sheet once, just before the answer goes.
            if (!stale) {
                stale = true;
                getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> refresh()));
            }
        });
    }

    private void refresh() {
        stale = false;
        try {
            sheet = acknowledgements.findSheet(messageId, viewer.id());
            show();
        } catch (PartaException gone) {
            UiErrors.show(getTranslation(gone.messageKey(), gone.arguments()));
        }
    }

    private void show() {
        summary.removeAll();
        Span count = new Span(getTranslation("ack.sheet.count", sheet.acknowledgedCount(), sheet.entries().size()));
        count.setId("ack-count");
        count.addClassName("ack-count");
        summary.add(count);
        if (sheet.lastReminderAt() != null) {
            Span reminded = new Span(getTranslation("ack.sheet.reminded", time(sheet.lastReminderAt())));
            reminded.addClassName("ack-reminded");
            summary.add(reminded);
        }
        int pending = sheet.pending().size();
        remind.setText(getTranslation("ack.sheet.remind", pending));
        remind.setEnabled(pending > 0 && sheet.nextReminderAt() == null);
        if (sheet.nextReminderAt() != null && pending > 0) {
            Span next = new Span(getTranslation("ack.sheet.nextReminder", SHORT.format(sheet.nextReminderAt().atZone(zone))));
            next.addClassName("ack-reminded");
            next.setId("ack-next-reminder");
            summary.add(next);
        }
        byClass.removeAll();
        for (Map.Entry<String, int[]> line : sheet.byClass().entrySet()) {
            String label = line.getKey().isEmpty() ? getTranslation("ack.sheet.noClass") : line.getKey();
            Div row = new Div(new Span(label), new Span(getTranslation("ack.sheet.of", line.getValue()[0],
                    line.getValue()[1])));
            row.addClassName("ack-class-row");
            row.setClassName("complete", line.getValue()[0] == line.getValue()[1]);
            byClass.add(row);
        }
        showPeople();
        showOutside();
    }

    private void showPeople() {
        Shown shown = filter.getValue() == null ? Shown.ALL : filter.getValue();
        List<AckSheet.Entry> entries = switch (shown) {
            case ALL -> sheet.entries();
            case PENDING -> sheet.pending();
            case CONFIRMED -> sheet.entries().stream().filter(AckSheet.Entry::acknowledged).toList();
        };
        people.setItems(entries);
        // A short list at its own height; a long one scrolls inside a fixed box (rows load lazily).
        people.setAllRowsVisible(entries.size() <= 15);
    }

    /** The call list: families of the audience who refused Parta, each marked once told. */
    private void showOutside() {
        outside.removeAll();
        if (sheet.outside().isEmpty()) {
            outside.setVisible(false);
            return;
        }
        outside.setVisible(true);
        outside.add(new H3(getTranslation("ack.outside.title", sheet.outside().size())),
                new Paragraph(getTranslation("ack.outside.hint")));
        for (AckSheet.Outside family : sheet.outside()) {
            Div who = new Div(new Span(family.parentName()), new Span(getTranslation("ack.outside.child",
                    family.childName(), family.classLabel() == null ? "" : family.classLabel())));
            who.addClassName("ack-family-who");
            String contact = getTranslation(family.channel().messageKey())
                    + (family.contact() == null || family.contact().isBlank() ? "" : ": " + family.contact());
            Div how = new Div(contact);
            how.addClassName("ack-family-contact");
            Div row = new Div(who, how);
            row.addClassName("ack-family");
            if (family.informed()) {
                Span done = new Span(getTranslation("ack.outside.done", SHORT.format(family.informedAt().atZone(zone)),
                        family.informedBy()));
                done.addClassName("ack-family-done");
                row.add(done);
            } else {
                Button mark = new Button(getTranslation("ack.outside.mark"), click -> markInformed(family.optOutId()));
                mark.addThemeVariants(ButtonVariant.LUMO_SMALL);
                mark.setId("ack-informed-" + family.optOutId());
                row.add(mark);
            }
            outside.add(row);
        }
    }

    private void remind() {
        try {
            int reminded = acknowledgements.remindPending(messageId, CurrentAccount.actor());
            Notification.show(getTranslation("ack.sheet.remindedNow", reminded), 4000, Notification.Position.BOTTOM_CENTER);
            refresh();
        } catch (PartaException refused) {
            UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void markInformed(long optOutId) {
        try {
            acknowledgements.markFamilyInformed(messageId, optOutId, CurrentAccount.actor());
            refresh();
        } catch (PartaException refused) {
            UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }
}

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.chat.PendingReview;
import ru.parta.moderation.AuthorSanctions;
import ru.parta.moderation.ModerationQueue;
import ru.parta.moderation.ModerationReason;
import ru.parta.moderation.ModerationService;
import ru.parta.moderation.MyReport;
import ru.parta.moderation.PremoderationService;
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
 * Moderation for each person: a moderator's messages waiting for approval in pre-moderated chats and
 * queue of reported messages in the chats they moderate
 * (the most severe first, then the oldest; live), each with the chat around it, to hide or dismiss;
 * and everyone's own reports with what became of them.
 */
@Prototype
@Route(value = Routes.MODERATION, layout = MainLayout.class)
@AnyRole
public class ModerationView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM HH:mm");

    private final ReportService reports;
    private final ZoneId zone;
    private final AccountSummary viewer;
    private final Div queue = new Div();
    private final Div mine = new Div();
    private final Div pending = new Div();
    private final H3 pendingTitle = new H3();
    private final H3 queueTitle = new H3();
    private final AccountService accounts;
    private final java.time.Clock clock;
    private final PremoderationService premoderation;
    private final ModerationQueue moderationQueue;
    private final QueueCard.Services services;

    public ModerationView(ReportService reports, ModerationService moderation, PremoderationService premoderation,
                          ModerationQueue moderationQueue, AuthorSanctions sanctions, SchoolService school,
                          EventBus events, AccountService accounts, java.time.Clock clock) {
        this.clock = clock;
        this.premoderation = premoderation;
        this.moderationQueue = moderationQueue;
        this.services = new QueueCard.Services(moderation, moderationQueue, sanctions);
        this.accounts = accounts;
        this.reports = reports;
        this.zone = school.zone();
        this.viewer = CurrentAccount.get().orElseThrow();
        addClassName("page");
        add(new H2(getTranslation("moderation.title")));
        if (reports.isModerator(viewer.id())) {
            queue.setId("moderation-queue");
            queue.addClassName("moderation-queue");
            pending.setId("moderation-pending");
            pending.addClassName("moderation-queue");
            pendingTitle.setId("moderation-pending-title");
            queueTitle.setId("moderation-queue-title");
            add(pendingTitle, pending, queueTitle, queue);
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
                    new Span(getTranslation(report.comment() ? "moderation.mine.comment" : "moderation.mine.message")),
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
        showPending();
        queue.removeAll();
        var items = moderationQueue.findQueue(viewer.id());
        queueTitle.setText(counted("moderation.queue", items.size()));
        if (items.isEmpty()) {
            queue.add(new Paragraph(getTranslation("moderation.queue.empty")));
        }
        boolean administrator = viewer.hasRole(ru.parta.access.Role.ADMIN);
        for (QueueItem item : items) {
            queue.add(new QueueCard(item, administrator, zone, clock.instant(), services, this::act));
        }
    }

    /** Messages of pre-moderated chats waiting for approval: approve or reject each. */
    private void showPending() {
        pending.removeAll();
        List<PendingReview> waiting = premoderation.findPendingReviews(viewer.id());
        pendingTitle.setText(counted("moderation.pending", waiting.size()));
        if (waiting.isEmpty()) {
            pending.add(new Paragraph(getTranslation("moderation.pending.empty")));
            return;
        }
        Map<Long, AccountSummary> authors = accounts.findPeople(waiting.stream().map(PendingReview::authorId)
                .collect(Collectors.toSet()));
        for (PendingReview review : waiting) {
            String author = authors.containsKey(review.authorId()) ? authors.get(review.authorId()).fullName() : "";
            Div head = new Div(new Span(author), new Span(TIME.format(review.sentAt().atZone(zone))));
            head.addClassName("moderation-item-head");
            Paragraph why = new Paragraph(premoderation.findHeldBy(review.heldId()).map(flag -> flag.schoolList()
                    ? getTranslation("moderation.heldBy.list", flag.label())
                    : getTranslation("moderation.heldBy.vocabulary", getTranslation("moderation.category."
                    + flag.label().toLowerCase(Locale.ROOT)))).orElse(getTranslation("moderation.heldBy.chat")));
            why.addClassName("moderation-flag");
            Button approve = new Button(getTranslation("moderation.approve"), click -> act(() ->
                    premoderation.approveMessage(review.heldId(), CurrentAccount.actor())));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            approve.setId("moderation-approve-" + review.heldId());
            Button reject = new Button(getTranslation("moderation.reject"), click -> act(() ->
                    premoderation.rejectMessage(review.heldId(), ModerationReason.OTHER, CurrentAccount.actor())));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            reject.setId("moderation-reject-" + review.heldId());
            Div card = new Div(head, why, new Paragraph(review.body()), new Div(approve, reject));
            card.addClassName("moderation-item");
            pending.add(card);
        }
    }

    /** A section's title with how many items wait in it, kept current with the queue. */
    private String counted(String key, int count) {
        return count == 0 ? getTranslation(key) : getTranslation("moderation.counted", getTranslation(key), count);
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

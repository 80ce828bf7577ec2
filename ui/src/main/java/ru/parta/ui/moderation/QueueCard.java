package ru.parta.ui.moderation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import ru.parta.access.Actor;
import ru.parta.chat.ChatMessage;
import ru.parta.moderation.ModerationService;
import ru.parta.moderation.QueueItem;
import ru.parta.moderation.ReportService;
import ru.parta.ui.access.CurrentAccount;

/**
 * One item of a moderator's queue: why it is there (readers' reasons and the filter's rules), how
 * long it has waited, the chat around it, its files, and the moderator's actions on it.
 */
class QueueCard extends Div {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM HH:mm");
    /** The terms a moderator may choose for a ban on writing. */
    private static final List<Duration> MUTE_TERMS = List.of(Duration.ofHours(1), Duration.ofDays(1),
            Duration.ofDays(3), Duration.ofDays(7));

    QueueCard(QueueItem item, boolean administrator, ZoneId zone, Instant now, ReportService reports,
              ModerationService moderation, Consumer<Runnable> act) {
        long id = item.message().id();
        addClassName("moderation-item");
        setId("moderation-item-" + id);
        String reasons = item.reasons().stream().map(r -> getTranslation(r.messageKey())).collect(Collectors.joining(", "));
        Div head = new Div(new Span(reasons), new Span(getTranslation("moderation.queue.meta", item.reporters(),
                TIME.format(item.waitingSince().atZone(zone)), DurationText.of(this, Duration.between(item.waitingSince(), now)))));
        head.addClassName("moderation-item-head");
        add(head);
        if (item.escalated()) {
            Span escalated = new Span(getTranslation("moderation.escalated"));
            escalated.addClassName("moderation-escalated");
            add(escalated);
        }
        for (QueueItem.FlaggedBy flag : item.flags()) {
            Paragraph line = new Paragraph(flag.schoolList() ? getTranslation("moderation.flag.list", flag.label())
                    : getTranslation("moderation.flag.vocabulary", getTranslation("moderation.category."
                    + flag.label().toLowerCase(Locale.ROOT))));
            line.addClassName("moderation-flag");
            add(line);
        }
        Div context = new Div();
        context.addClassName("moderation-context");
        for (ChatMessage around : item.context()) {
            Div line = new Div(new Span(around.authorName() + ": "), new Span(around.body()));
            line.setClassName("reported", around.id() == id);
            context.add(line);
        }
        add(context);
        item.comments().forEach(comment -> add(new Paragraph("«" + comment + "»")));
        for (ChatMessage.Attachment file : item.message().attachments()) {
            Button remove = new Button(getTranslation("moderation.removeFile"), click -> act.accept(() ->
                    moderation.removeAttachment(id, file.fileId(), item.reasons().getFirst(), actor())));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setId("moderation-remove-file-" + file.fileId());
            Div row = new Div(new Span("📎 " + file.name()), remove);
            row.addClassName("moderation-file");
            add(row);
        }
        add(actions(item, administrator, reports, moderation, act));
    }

    private Div actions(QueueItem item, boolean administrator, ReportService reports, ModerationService moderation,
                        Consumer<Runnable> act) {
        long id = item.message().id();
        Button hide = new Button(getTranslation("moderation.hide"), click -> act.accept(() ->
                moderation.hideMessage(id, item.reasons().getFirst(), actor())));
        hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        hide.setId("moderation-hide-" + id);
        Button dismiss = new Button(getTranslation(item.reporters() == 0 ? "moderation.approveFlag"
                : "moderation.dismiss"), click -> act.accept(() -> reports.dismissReports(id, actor())));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
        dismiss.setId("moderation-dismiss-" + id);
        Button warn = new Button(getTranslation("moderation.warn"), click -> act.accept(() ->
                moderation.warnAuthor(id, item.reasons().getFirst(), actor())));
        warn.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        warn.setId("moderation-warn-" + id);
        Select<Duration> term = new Select<>();
        term.setItems(MUTE_TERMS);
        term.setItemLabelGenerator(this::term);
        term.setValue(Duration.ofDays(1));
        term.setAriaLabel(getTranslation("moderation.mute.term"));
        term.addClassName("moderation-mute-term");
        term.addThemeName("small");
        term.setId("moderation-mute-term-" + id);
        Button mute = new Button(getTranslation("moderation.mute"), click -> act.accept(() ->
                moderation.muteAuthor(id, term.getValue(), item.reasons().getFirst(), actor())));
        mute.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        mute.setId("moderation-mute-" + id);
        Div muting = new Div(mute, term);
        muting.addClassName("moderation-mute");
        Div actions = new Div(hide, dismiss, warn, muting);
        if (!administrator) {
            Button escalate = new Button(getTranslation("moderation.escalate"), click -> act.accept(() ->
                    reports.escalateReports(id, actor())));
            escalate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            escalate.setId("moderation-escalate-" + id);
            actions.add(escalate);
        }
        actions.addClassName("moderation-actions");
        return actions;
    }

    private String term(Duration duration) {
        return duration.toDays() >= 1 ? getTranslation("moderation.mute.days", duration.toDays())
                : getTranslation("moderation.mute.hours", duration.toHours());
    }

    private static Actor actor() {
        return CurrentAccount.actor();
    }
}

package ru.parta.ui.moderation;

import ru.parta.ui.base.DurationText;
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
import ru.parta.moderation.AuthorSanctions;
import ru.parta.moderation.ModerationQueue;
import ru.parta.moderation.ModerationReason;
import ru.parta.moderation.ModerationService;
import ru.parta.moderation.QueueItem;
import ru.parta.ui.access.CurrentAccount;

/**
 * One item of a moderator's queue: why it is there (readers' reasons and the filter's rules), how
 * long it has waited, the chat around it (for a comment, its post), its files, and the moderator's
 * actions on it.
 */
class QueueCard extends Div {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM HH:mm");
    /** The terms a moderator may choose for a ban on writing. */
    private static final List<Duration> MUTE_TERMS = List.of(Duration.ofHours(1), Duration.ofDays(1),
            Duration.ofDays(3), Duration.ofDays(7));

    /** The services a card acts through. */
    record Services(ModerationService moderation, ModerationQueue queue, AuthorSanctions sanctions) {
    }

    private final QueueItem item;
    private final Services services;
    private final Consumer<Runnable> act;

    QueueCard(QueueItem item, boolean administrator, ZoneId zone, Instant now, Services services,
              Consumer<Runnable> act) {
        this.item = item;
        this.services = services;
        this.act = act;
        addClassName("moderation-item");
        setId(item.key().comment() ? "moderation-comment-" + item.key().commentId()
                : "moderation-item-" + item.message().id());
        String reasons = item.reasons().stream().map(r -> getTranslation(r.messageKey())).collect(Collectors.joining(", "));
        Div head = new Div(new Span(reasons), new Span(getTranslation("moderation.queue.meta", item.reporters(),
                TIME.format(item.waitingSince().atZone(zone)), DurationText.of(this, Duration.between(item.waitingSince(),
                        now)))));
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
        add(context());
        item.comments().forEach(comment -> add(new Paragraph("«" + comment + "»")));
        if (!item.key().comment()) {
            for (ChatMessage.Attachment file : item.message().attachments()) {
                Button remove = new Button(getTranslation("moderation.removeFile"), click -> act.accept(() ->
                        services.moderation().removeAttachment(item.message().id(), file.fileId(), reason(), actor())));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                remove.setId("moderation-remove-file-" + file.fileId());
                Div row = new Div(new Span("📎 " + file.name()), remove);
                row.addClassName("moderation-file");
                add(row);
            }
        }
        add(actions(administrator));
    }

    /** The messages around a reported message; for a comment, its post and the comment. */
    private Div context() {
        Div context = new Div();
        context.addClassName("moderation-context");
        for (ChatMessage around : item.context()) {
            Div line = new Div(new Span(around.authorName() + ": "), new Span(around.body()));
            line.setClassName("reported", !item.key().comment() && around.id() == item.message().id());
            context.add(line);
        }
        if (item.comment() != null) {
            Div line = new Div(new Span(getTranslation("moderation.commentBy", item.comment().authorName()) + " "),
                    new Span(item.comment().body()));
            line.addClassName("reported");
            context.add(line);
        }
        return context;
    }

    private Div actions(boolean administrator) {
        String id = item.key().comment() ? "c" + item.key().commentId() : String.valueOf(item.message().id());
        Button hide = new Button(getTranslation("moderation.hide"), click -> act.accept(() -> {
            if (item.key().comment()) {
                services.moderation().hideComment(item.key().commentId(), reason(), actor());
            } else {
                services.moderation().hideMessage(item.message().id(), reason(), actor());
            }
        }));
        hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        hide.setId("moderation-hide-" + id);
        Button dismiss = new Button(getTranslation(item.reporters() == 0 ? "moderation.approveFlag"
                : "moderation.dismiss"), click -> act.accept(() -> services.queue().dismissReports(item.key(), actor())));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
        dismiss.setId("moderation-dismiss-" + id);
        Button warn = new Button(getTranslation("moderation.warn"), click -> act.accept(() ->
                services.sanctions().warnAuthor(item.key(), reason(), actor())));
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
                services.sanctions().muteAuthor(item.key(), term.getValue(), reason(), actor())));
        mute.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        mute.setId("moderation-mute-" + id);
        Div muting = new Div(mute, term);
        muting.addClassName("moderation-mute");
        Div actions = new Div(hide, dismiss, warn, muting);
        if (!administrator) {
            Button escalate = new Button(getTranslation("moderation.escalate"), click -> act.accept(() ->
                    services.queue().escalateReports(item.key(), actor())));
            escalate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            escalate.setId("moderation-escalate-" + id);
            actions.add(escalate);
        }
        actions.addClassName("moderation-actions");
        return actions;
    }

    /** The most severe reason given is the reason of the moderator's action. */
    private ModerationReason reason() {
        return item.reasons().getFirst();
    }

    private String term(Duration duration) {
        return duration.toDays() >= 1 ? getTranslation("moderation.mute.days", duration.toDays())
                : getTranslation("moderation.mute.hours", duration.toHours());
    }

    private static Actor actor() {
        return CurrentAccount.actor();
    }
}

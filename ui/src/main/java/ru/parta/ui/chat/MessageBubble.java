package ru.parta.ui.chat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.parta.chat.ChatMessage;
import ru.parta.ui.Routes;

/** One message: author, quote, text with links, attachments, reactions, "edited"/"deleted", read-by. */
class MessageBubble extends Div {

    /** What a bubble asks of its chat screen. */
    interface Actions {
        void openActions(ChatMessage message);

        void toggleReaction(ChatMessage message, String emoji);

        /** The names of members, by id, to highlight mentions. */
        Map<Long, String> memberNames();
    }

    private final long viewerId;
    private final ZoneId zone;
    private final LocalDate today;
    private final Actions actions;
    private final Span readBy = new Span();
    private ChatMessage message;

    MessageBubble(ChatMessage message, long viewerId, ZoneId zone, LocalDate today, Actions actions) {
        this.viewerId = viewerId;
        this.zone = zone;
        this.today = today;
        this.actions = actions;
        addClassName("chat-message");
        getElement().setAttribute("data-id", String.valueOf(message.id()));
        readBy.addClassName("chat-read-by");
        show(message);
    }

    ChatMessage message() {
        return message;
    }

    boolean isOwn() {
        return message.authorId() == viewerId;
    }

    void show(ChatMessage changed) {
        this.message = changed;
        removeAll();
        setClassName("own", isOwn());
        setClassName("urgent", changed.urgent());
        setClassName("deleted", changed.deleted());
        setClassName("mentions-me", changed.mentionIds().contains(viewerId));

        Span author = new Span(changed.authorName());
        author.addClassName("chat-author");
        if (changed.authorVerified()) {
            Span badge = new Span("✔");
            badge.addClassName("verified-badge");
            badge.getElement().setAttribute("title", getTranslation("person.verifiedTeacher"));
            author.add(badge);
        }
        Span time = new Span(time(changed.deliveredAt()));
        time.addClassName("chat-time");
        Div head = new Div(author, time);
        head.addClassName("chat-head");
        if (changed.urgent()) {
            Span urgent = new Span(getTranslation("chat.urgent.mark"));
            urgent.addClassName("chat-urgent-mark");
            head.add(urgent);
        }
        add(head);

        if (changed.replyTo() != null && !changed.deleted()) {
            Div quote = new Div(new Span(changed.replyTo().authorName()), new Span(changed.replyTo().deleted()
                    ? getTranslation("chat.deleted") : changed.replyTo().snippet()));
            quote.addClassName("chat-quote");
            add(quote);
        }
        if (changed.deleted()) {
            Div gone = new Div(getTranslation("chat.deleted"));
            gone.addClassName("chat-body");
            add(gone);
            return;
        }
        if (!changed.body().isEmpty()) {
            Div body = new Div();
            body.addClassName("chat-body");
            List<String> mentioned = changed.mentionIds().isEmpty() ? List.of() : changed.mentionIds().stream()
                    .map(actions.memberNames()::get).filter(java.util.Objects::nonNull).toList();
            LinkedText.render(changed.body(), mentioned).forEach(body::add);
            add(body);
        }
        changed.attachments().forEach(a -> add(attachment(a)));

        Div foot = new Div();
        foot.addClassName("chat-foot");
        for (ChatMessage.Reaction reaction : changed.reactions()) {
            Button chip = new Button(reaction.emoji() + " " + reaction.accountIds().size(),
                    click -> actions.toggleReaction(message, reaction.emoji()));
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            chip.addClassName("chat-reaction");
            chip.setClassName("mine", reaction.accountIds().contains(viewerId));
            foot.add(chip);
        }
        if (changed.editedAt() != null) {
            Span edited = new Span(getTranslation("chat.edited"));
            edited.addClassName("chat-edited");
            foot.add(edited);
        }
        if (isOwn()) {
            foot.add(readBy);
        }
        // A bare element (its "⋯" drawn by CSS): the chat's one listener opens the actions. A button
        // with an icon and a listener in each of fifty bubbles was a large share of an open chat's memory.
        Span more = new Span();
        more.addClassName("chat-more");
        more.getElement().setAttribute("role", "button").setAttribute("tabindex", "0")
                .setAttribute("aria-label", getTranslation("chat.actions"));
        foot.add(more);
        add(foot);
    }

    void showReadBy(int readers, int others) {
        readBy.setText(others <= 0 ? "" : getTranslation("chat.readBy", readers, others));
        readBy.setClassName("all", others > 0 && readers >= others);
    }

    private Component attachment(ChatMessage.Attachment file) {
        Anchor open = new Anchor(Routes.file(file.fileId()), "");
        open.setTarget(AnchorTarget.BLANK);
        open.getElement().setAttribute("router-ignore", true);
        if (file.image()) {
            Image thumbnail = new Image(Routes.file(file.fileId()) + "/preview", file.name());
            thumbnail.addClassName("chat-image");
            open.add(thumbnail);
            open.addClassName("chat-image-link");
            return open;
        }
        Span name = new Span(file.name());
        name.addClassName("chat-file-name");
        Span size = new Span(size(file.size()));
        size.addClassName("chat-file-size");
        open.add(VaadinIcon.FILE_O.create(), name, size);
        open.addClassName("chat-file");
        return open;
    }

    private String time(Instant at) {
        Locale locale = getLocale() == null ? Locale.of("ru") : getLocale();
        LocalDate day = at.atZone(zone).toLocalDate();
        String pattern = day.equals(today) ? "HH:mm" : "d MMM, HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(at.atZone(zone));
    }

    private String size(long bytes) {
        if (bytes < 1024) {
            return getTranslation("chat.file.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return getTranslation("chat.file.kib", Math.round(bytes / 1024.0));
        }
        return getTranslation("chat.file.mib", String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0));
    }
}

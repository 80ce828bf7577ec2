package ru.parta.ui.chat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import ru.parta.chat.ChatMessage;

/**
 * One message on a chat screen: a single {@code parta-message} element holding the message as
 * JSON ({@link BubbleContent}), which chat.js draws: author, quote, text with links, attachments,
 * reactions, "edited"/"deleted". The "read by" line of one's own messages is the one part that
 * differs per viewer, so it travels as an attribute of its own.
 */
@Tag("parta-message")
class MessageBubble extends Component {

    private final long viewerId;
    private final ZoneId zone;
    private final LocalDate today;
    private final Supplier<Map<Long, String>> memberNames;
    private ChatMessage message;

    MessageBubble(ChatMessage message, long viewerId, ZoneId zone, LocalDate today,
                  Supplier<Map<Long, String>> memberNames) {
        this.viewerId = viewerId;
        this.zone = zone;
        this.today = today;
        this.memberNames = memberNames;
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
        Locale locale = getLocale() == null ? Locale.of("ru") : getLocale();
        getElement().setProperty("bubble", BubbleContent.of(changed, locale, today, zone, this, memberNames));
    }

    /** "Read by N of M" under one's own message; nothing while nobody else is in the chat. */
    void showReadBy(int readers, int others) {
        getElement().setAttribute("data-read-by", others <= 0 ? "" : getTranslation("chat.readBy", readers, others));
        getElement().setAttribute("data-read-all", others > 0 && readers >= others);
    }

    /** What the browser is given to draw, for tests without a browser. */
    String content() {
        return getElement().getProperty("bubble");
    }
}

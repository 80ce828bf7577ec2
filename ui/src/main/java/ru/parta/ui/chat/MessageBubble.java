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

    /** What every bubble of one chat screen shares: whose screen, the school's zone, today, the names. */
    record Screen(long viewerId, ZoneId zone, Supplier<LocalDate> today, Supplier<Map<Long, String>> memberNames) {
    }

    private final Screen screen;
    private ChatMessage message;

    MessageBubble(ChatMessage message, Screen screen) {
        this.screen = screen;
        show(message);
    }

    ChatMessage message() {
        return message;
    }

    boolean isOwn() {
        return message.authorId() == screen.viewerId();
    }

    void show(ChatMessage changed) {
        Locale locale = getLocale() == null ? Locale.of("ru") : getLocale();
        BubbleContent.Made made = BubbleContent.of(changed, locale, screen.today().get(), screen.zone(), this,
                screen.memberNames());
        this.message = made.message();
        getElement().setProperty("bubble", made.json());
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

package ru.parta.ui.chat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatService;
import ru.parta.chat.Reactions;
import ru.parta.ui.access.CurrentAccount;

/** What the "⋯" of a bubble offers: reply, react, and for one's own message edit or delete. */
final class MessageActions {

    /**
     * What a click in the list asks, worked out in the browser: "more &lt;id&gt;" for a bubble's "⋯",
     * "react &lt;id&gt; &lt;emoji&gt;" for a reaction chip, null for anything else.
     */
    private static final String BUBBLE_ASKED = "(() => { const b = event.target.closest('.chat-message');"
            + " if (!b) { return null; }"
            + " if (event.target.closest('.chat-more')) { return 'more ' + b.dataset.id; }"
            + " const r = event.target.closest('.chat-reaction');"
            + " return r ? 'react ' + b.dataset.id + ' ' + r.dataset.emoji : null; })()";

    private MessageActions() {
    }

    /**
     * One listener on the message list rather than one in each bubble: a click (or Enter on "⋯")
     * says in the browser which bubble and what, and the server reads that message as the viewer's.
     */
    static void listen(Div messages, LongFunction<ChatMessage> shown, Consumer<ChatMessage> more,
                       BiConsumer<ChatMessage, String> react) {
        messages.getElement().addEventListener("click", click -> act(click.getEventData(), shown, more, react))
                .addEventData(BUBBLE_ASKED).setFilter("(" + BUBBLE_ASKED + ") != null");
        messages.getElement().addEventListener("keydown", key -> act(key.getEventData(), shown, more, react))
                .addEventData(BUBBLE_ASKED).setFilter("(event.key === 'Enter' || event.key === ' ')"
                        + " && event.target.classList.contains('chat-more') && (" + BUBBLE_ASKED + ") != null");
    }

    private static void act(tools.jackson.databind.JsonNode data, LongFunction<ChatMessage> shown,
                            Consumer<ChatMessage> more, BiConsumer<ChatMessage, String> react) {
        String[] asked = data.path(BUBBLE_ASKED).asString("").split(" ", 3);
        ChatMessage message = asked.length >= 2 && asked[1].matches("\\d{1,18}")
                ? shown.apply(Long.parseLong(asked[1])) : null;
        if (message == null || message.deleted()) {
            return;  // a stale or forged id, or a message of another chat: nothing to do
        }
        if (asked[0].equals("more")) {
            more.accept(message);
        } else if (asked[0].equals("react") && asked.length == 3) {
            react.accept(message, asked[2]);
        }
    }

    /** A script of this package, read once. */
    static String resource(String name) {
        try (InputStream in = MessageActions.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void open(ChatMessage message, long viewerId, ChatService chats, Reactions reactions, ChatComposer composer,
                     Component view, Runnable pin, Runnable moderate, Runnable report) {
        new MessageActionsDialog(message, message.authorId() == viewerId, composer.isVisible(),
                new MessageActionsDialog.Handler() {
            @Override
            public void reply() {
                composer.replyTo(message);
                view.getElement().executeJs("this.querySelector('vaadin-text-area').focus()");
            }

            @Override
            public void react(String emoji) {
                reactions.toggleReaction(message.id(), emoji, CurrentAccount.actor());
            }

            @Override
            public void edit() {
                new EditDialog(message.body(),
                        changed -> chats.editMessage(message.id(), changed, CurrentAccount.actor())).open();
            }

            @Override
            public void delete() {
                chats.deleteMessage(message.id(), CurrentAccount.actor());
            }

            @Override
            public Runnable pin() {
                return pin;
            }

            @Override
            public Runnable moderate() {
                return moderate;
            }

            @Override
            public void report() {
                report.run();
            }
        }).open();
    }
}

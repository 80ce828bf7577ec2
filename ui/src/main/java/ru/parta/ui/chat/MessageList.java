package ru.parta.ui.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import ru.parta.chat.ChatMessage;

/**
 * The bubbles of one chat screen: the latest page with a "new messages" divider where the reader
 * left off, older pages put on top as they scroll up, new messages at the end, and at most
 * {@link ChatView#MAX_SHOWN} kept (more if the reader loaded them on purpose).
 */
class MessageList {

    private final Div scroller;
    private final Div messages;
    private final Button earlier;
    private final MessageBubble.Screen screen;
    private final long viewerId;
    // By message id, so the oldest shown is the first.
    private final TreeMap<Long, MessageBubble> bubbles = new TreeMap<>();
    private Long oldestId;
    private Div emptyNote;
    private int keep = ChatView.MAX_SHOWN;
    private boolean showsOwnMessages;

    MessageList(Div scroller, Div messages, Button earlier, MessageBubble.Screen screen, long viewerId) {
        this.scroller = scroller;
        this.messages = messages;
        this.earlier = earlier;
        this.screen = screen;
        this.viewerId = viewerId;
    }

    /** The latest page; the divider goes before the first message of someone else past {@code pointer}. */
    void showLatest(List<ChatMessage> page, long pointer, String newMessages, String empty) {
        boolean divided = false;
        for (ChatMessage message : page) {
            if (!divided && message.id() > pointer && message.authorId() != viewerId) {
                Div divider = new Div(newMessages);
                divider.addClassName("chat-divider");
                divider.setId("chat-divider");
                messages.add(divider);
                divided = true;
            }
            messages.add(bubble(message));
        }
        oldestId = page.isEmpty() ? null : page.getFirst().id();
        showEarlierButton(page.size() == ChatView.PAGE);
        if (page.isEmpty()) {
            emptyNote = new Div(empty);
            emptyNote.addClassName("chat-empty");
            emptyNote.setId("chat-empty");
            messages.add(emptyNote);
        }
    }

    /** The page before the oldest shown, put on top; what the reader loaded on purpose stays. */
    void showEarlier(List<ChatMessage> page) {
        for (int i = page.size() - 1; i >= 0; i--) {
            messages.addComponentAsFirst(bubble(page.get(i)));
        }
        if (!page.isEmpty()) {
            oldestId = page.getFirst().id();
        }
        keep = Math.max(keep, bubbles.size() + ChatView.MAX_SHOWN);
        showEarlierButton(page.size() == ChatView.PAGE);
    }

    /** A new message at the end; false when it is shown already (one's own, echoed by the event). */
    boolean append(ChatMessage message) {
        if (bubbles.containsKey(message.id())) {
            return false;
        }
        if (emptyNote != null) {
            messages.remove(emptyNote);
            emptyNote = null;
        }
        // chat.js scrolls to a new last bubble itself (always for one's own, otherwise if near the end).
        messages.add(bubble(message));
        while (bubbles.size() > keep) {
            messages.remove(bubbles.pollFirstEntry().getValue());
            oldestId = bubbles.firstKey();
            showEarlierButton(true);
        }
        return true;
    }

    Long oldestId() {
        return oldestId;
    }

    MessageBubble find(long messageId) {
        return bubbles.get(messageId);
    }

    Collection<MessageBubble> shown() {
        return bubbles.values();
    }

    /** Only a screen showing the viewer's own messages has "read by" counts to refresh. */
    boolean showsOwnMessages() {
        return showsOwnMessages;
    }

    private MessageBubble bubble(ChatMessage message) {
        MessageBubble bubble = new MessageBubble(message, screen);
        bubbles.put(message.id(), bubble);
        showsOwnMessages |= bubble.isOwn();
        return bubble;
    }

    private void showEarlierButton(boolean more) {
        earlier.setVisible(more);
        scroller.getElement().setAttribute("data-more", String.valueOf(more));
    }
}

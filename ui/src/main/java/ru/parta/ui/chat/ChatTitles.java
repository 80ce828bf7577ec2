package ru.parta.ui.chat;

import com.vaadin.flow.component.Component;
import io.micronaut.core.annotation.Nullable;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ConversationKind;

/** How a chat is called on screen, by its kind; the system channels by their key, in the reader's language. */
public final class ChatTitles {

    private ChatTitles() {
    }

    public static String title(Component where, ChatSummary chat) {
        return title(where, chat.kind(), chat.name(), chat.systemKey());
    }

    static String title(Component where, ConversationKind kind, String name, @Nullable String systemKey) {
        return switch (kind) {
            case CLASS -> where.getTranslation("chat.title.class", name);
            case PARENTS -> where.getTranslation("chat.title.parents", name);
            case CHANNEL -> systemKey == null ? name : where.getTranslation("channel.system." + systemKey);
            case GROUP, CUSTOM, DIRECT -> name;
        };
    }
}

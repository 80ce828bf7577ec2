package ru.parta.ui.chat;

import com.vaadin.flow.component.Component;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ConversationKind;

/** How a chat is called on screen, by its kind. */
final class ChatTitles {

    private ChatTitles() {
    }

    static String title(Component where, ChatSummary chat) {
        return title(where, chat.kind(), chat.name());
    }

    static String title(Component where, ConversationKind kind, String name) {
        return switch (kind) {
            case CLASS -> where.getTranslation("chat.title.class", name);
            case PARENTS -> where.getTranslation("chat.title.parents", name);
            case GROUP, CUSTOM, DIRECT -> name;
        };
    }
}

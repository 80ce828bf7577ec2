package ru.parta.ui.chat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.parta.base.event.EventBus;
import ru.parta.base.event.Topic;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatService;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ChatsChanged;
import ru.parta.chat.MessagePosted;
import ru.parta.chat.ReadPointerMoved;
import ru.parta.ui.base.LiveUpdates;

/**
 * Someone's chats, unread first, then by latest activity, with the latest message and unread
 * counts. Kept current from events in memory: a message posted to a 1,000-member chat costs the
 * open lists no database work; only a change of one's own memberships reads the list again.
 */
class ChatList extends Div {

    /** Unread counts are read up to 100 at most; from there on the list says "99+". */
    private static final int MANY = 100;

    private final ChatService chats;
    private final long viewerId;
    private final ZoneId zone;
    private final Clock clock;
    private final int limit;
    private final Map<Long, ChatSummary> byId = new LinkedHashMap<>();
    private volatile java.util.Set<Long> shown = java.util.Set.of();

    ChatList(ChatService chats, EventBus events, long viewerId, ZoneId zone, Clock clock, int limit) {
        this.chats = chats;
        this.viewerId = viewerId;
        this.zone = zone;
        this.clock = clock;
        this.limit = limit;
        addClassName("chat-list");
        setId("chat-list");
        reload();
        // The checks run on the publisher's thread: they read only the volatile set of chat ids.
        LiveUpdates.follow(this, events, MessagePosted.class, e -> shown.contains(e.message().conversationId()),
                e -> posted(e.message()));
        LiveUpdates.follow(this, events, ReadPointerMoved.class, Topic.person(viewerId), e -> {
            ChatSummary chat = byId.get(e.conversationId());
            if (chat != null && chat.unread() > 0) {
                byId.put(chat.conversationId(), with(chat, 0, 0, chat.lastAuthor(), chat.lastText(),
                        chat.lastDeleted(), chat.lastAttachments(), chat.lastActivityAt()));
                render();
            }
        });
        LiveUpdates.follow(this, events, ChatsChanged.class, Topic.person(viewerId), e -> reload());
    }

    int size() {
        return byId.size();
    }

    private void reload() {
        byId.clear();
        chats.findChats(viewerId).forEach(c -> byId.put(c.conversationId(), c));
        shown = java.util.Set.copyOf(byId.keySet());
        render();
    }

    private void posted(ChatMessage message) {
        ChatSummary chat = byId.get(message.conversationId());
        if (chat == null) {
            return;
        }
        boolean others = message.authorId() != viewerId;
        byId.put(chat.conversationId(), with(chat, chat.unread() + (others ? 1 : 0),
                chat.unreadMentions() + (others && message.mentionIds().contains(viewerId) ? 1 : 0),
                message.authorName(), message.body(), false, message.attachments().size(), message.deliveredAt()));
        render();
    }

    private void render() {
        removeAll();
        List<ChatSummary> sorted = byId.values().stream()
                .sorted(Comparator.comparing((ChatSummary c) -> c.unread() == 0)
                        .thenComparing(ChatSummary::lastActivityAt, Comparator.reverseOrder()))
                .limit(limit).toList();
        if (sorted.isEmpty()) {
            Div empty = new Div(getTranslation("chats.empty"));
            empty.addClassName("chat-list-empty");
            add(empty);
        }
        sorted.forEach(c -> add(row(c)));
    }

    private RouterLink row(ChatSummary chat) {
        RouterLink link = new RouterLink(ChatView.class, new RouteParameters("id", String.valueOf(chat.conversationId())));
        link.addClassName("chat-row");
        link.setClassName("unread", chat.unread() > 0);
        link.getElement().setAttribute("data-chat", String.valueOf(chat.conversationId()));
        Span title = new Span(ChatTitles.title(this, chat));
        title.addClassName("chat-row-title");
        Span when = new Span(chat.lastAuthor() == null ? "" : time(chat));
        when.addClassName("chat-row-time");
        Div top = new Div(title, when);
        top.addClassName("chat-row-top");
        Span last = new Span(lastLine(chat));
        last.addClassName("chat-row-last");
        Div bottom = new Div(last);
        bottom.addClassName("chat-row-bottom");
        if (chat.unreadMentions() > 0) {
            Span at = new Span("@");
            at.addClassName("chat-row-mention");
            bottom.add(at);
        }
        if (chat.unread() > 0) {
            Span count = new Span(chat.unread() >= MANY ? getTranslation("chats.manyUnread", MANY - 1)
                    : String.valueOf(chat.unread()));
            count.addClassName("chat-row-unread");
            bottom.add(count);
        }
        link.add(top, bottom);
        return link;
    }

    private String lastLine(ChatSummary chat) {
        if (chat.lastAuthor() == null) {
            return getTranslation("chats.noMessages");
        }
        String text = chat.lastDeleted() ? getTranslation("chat.deleted")
                : chat.lastText() == null || chat.lastText().isEmpty()
                ? getTranslation("chats.files", chat.lastAttachments()) : chat.lastText().replace('\n', ' ');
        return chat.lastAuthor() + ": " + text;
    }

    private String time(ChatSummary chat) {
        Locale locale = getLocale() == null ? Locale.of("ru") : getLocale();
        boolean today = chat.lastActivityAt().atZone(zone).toLocalDate().equals(LocalDate.now(clock.withZone(zone)));
        return DateTimeFormatter.ofPattern(today ? "HH:mm" : "d MMM", locale).format(chat.lastActivityAt().atZone(zone));
    }

    private static ChatSummary with(ChatSummary c, int unread, int mentions, String author, String text,
                                    boolean deleted, int attachments, java.time.Instant at) {
        return new ChatSummary(c.conversationId(), c.kind(), c.name(), c.memberCount(), at, unread, mentions, author,
                text, deleted, attachments);
    }
}

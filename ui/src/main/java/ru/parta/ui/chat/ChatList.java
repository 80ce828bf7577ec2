package ru.parta.ui.chat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import ru.parta.base.event.EventBus;
import ru.parta.base.event.Topic;
import ru.parta.chat.ChatService;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ChatsChanged;
import ru.parta.live.LiveHub;
import ru.parta.live.LivePosition;
import ru.parta.live.LiveTickets;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LiveScript;
import ru.parta.ui.base.LiveUpdates;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Someone's chats, unread first, then by latest activity, with the latest message and unread
 * counts. The server draws the rows when the list opens; from then on the browser keeps them
 * current from the chats' live frames (chatlist.js), so a message to a 1,000-member chat costs the
 * open lists a socket write each and the server nothing more. Only a change of one's own
 * memberships reads the list again.
 */
public class ChatList extends Div {

    /** Which conversations a list shows: the chats page its chats, the channels page its channels. */
    public enum Kinds {
        CHATS, CHANNELS, ALL;

        boolean shows(ChatSummary chat) {
            boolean channel = chat.kind() == ru.parta.chat.ConversationKind.CHANNEL;
            return this == ALL || (this == CHANNELS) == channel;
        }
    }

    /** Unread counts are read up to 100 at most; from there on the list says "99+". */
    private static final int MANY = 100;
    private static final String SCRIPT = MessageActions.resource("chatlist.js");

    private final ChatService chats;
    private final LiveHub live;
    private final LiveTickets tickets;
    private final long viewerId;
    private final ZoneId zone;
    private final Clock clock;
    private final int limit;
    private final Kinds kinds;
    private List<ChatSummary> shown = List.of();
    // Where the person's topic and each chat's stood just before the rows were read.
    private List<LivePosition> positions = List.of();

    public ChatList(ChatService chats, LiveHub live, LiveTickets tickets, EventBus events, long viewerId, ZoneId zone,
                    Clock clock, int limit, Kinds kinds) {
        this.kinds = kinds;
        this.chats = chats;
        this.live = live;
        this.tickets = tickets;
        this.viewerId = viewerId;
        this.zone = zone;
        this.clock = clock;
        this.limit = limit;
        addClassName("chat-list");
        setId("chat-list");
        getElement().setAttribute("data-limit", String.valueOf(limit == Integer.MAX_VALUE ? 100_000 : limit));
        reload();
        addAttachListener(attach -> startBrowserSide());
        LiveUpdates.follow(this, events, ChatsChanged.class, Topic.person(viewerId), e -> {
            reload();
            startBrowserSide();
        });
    }

    int size() {
        return shown.size();
    }

    private void reload() {
        removeAll();
        // Positions first: a message posted while the rows are read is replayed to the browser, which
        // tells it apart by id if the row has it already. Every chat is drawn (a short list hides
        // those past its limit), so one that gets a message can rise into view without the server.
        List<LivePosition> taken = new java.util.ArrayList<>();
        taken.add(live.findPosition(Topic.unreadCounts(viewerId)));
        chats.findChatIds(viewerId).forEach(id -> taken.add(live.findPosition(Topic.conversation(id))));
        shown = chats.findChats(viewerId).stream().filter(kinds::shows).toList();
        java.util.Set<String> listed = new java.util.HashSet<>();
        shown.forEach(chat -> listed.add(Topic.conversation(chat.conversationId()).kind() + ":" + chat.conversationId()));
        positions = java.util.stream.Stream.concat(taken.stream().limit(1),
                taken.stream().skip(1).filter(p -> listed.contains(p.topic()))).toList();
        if (shown.isEmpty()) {
            Div empty = new Div(getTranslation(kinds == Kinds.CHANNELS ? "channels.empty" : "chats.empty"));
            empty.addClassName("chat-list-empty");
            add(empty);
        }
        for (int rank = 0; rank < shown.size(); rank++) {
            RouterLink row = row(shown.get(rank));
            row.setClassName("beyond-limit", rank >= limit);
            add(row);
        }
    }

    /** What chatlist.js follows: the person's unread counts and each chat, from where they stood when the rows were read. */
    private void startBrowserSide() {
        if (!isAttached()) {
            return;
        }
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode boot = json.objectNode();
        boot.put("ticket", tickets.issueTicket(CurrentAccount.actor()));
        boot.put("viewer", viewerId);
        boot.put("zone", zone.getId());
        boot.put("lang", getLocale() == null ? "ru" : getLocale().getLanguage());
        boot.set("unread", position(json, positions.getFirst()));
        ArrayNode topics = boot.putArray("chats");
        positions.stream().skip(1).forEach(position -> topics.add(position(json, position)));
        ObjectNode labels = boot.putObject("labels");
        labels.put("deleted", getTranslation("chat.deleted"));
        labels.put("files", getTranslation("chats.files", "{0}"));
        labels.put("many", getTranslation("chats.manyUnread", MANY - 1));
        getElement().executeJs(LiveScript.SOURCE + ";" + SCRIPT + ";window.partaChatList.start(this, $0)",
                boot.toString());
    }

    private static ObjectNode position(JsonNodeFactory json, LivePosition position) {
        return json.objectNode().put("topic", position.topic()).put("epoch", position.epoch())
                .put("seq", position.sequence());
    }

    private RouterLink row(ChatSummary chat) {
        RouterLink link = new RouterLink(ChatView.class, new RouteParameters("id", String.valueOf(chat.conversationId())));
        link.addClassName("chat-row");
        link.setClassName("unread", chat.unread() > 0);
        link.getElement().setAttribute("data-chat", String.valueOf(chat.conversationId()));
        link.getElement().setAttribute("data-topic", "conversation:" + chat.conversationId());
        link.getElement().setAttribute("data-unread", String.valueOf(chat.unread()));
        link.getElement().setAttribute("data-mentions", String.valueOf(chat.unreadMentions()));
        link.getElement().setAttribute("data-last", String.valueOf(chat.lastMessageId()));
        link.getElement().setAttribute("data-at", String.valueOf(chat.lastActivityAt().toEpochMilli()));
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
}

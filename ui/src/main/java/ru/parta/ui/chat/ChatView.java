package ru.parta.ui.chat;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.parta.access.AccountSummary;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.base.event.Topic;
import ru.parta.chat.ChatLinkService;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatService;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ChatsChanged;
import ru.parta.chat.ConversationService;
import ru.parta.chat.DirectChats;
import ru.parta.chat.HeldMessages;
import ru.parta.chat.HeldMessagesChanged;
import ru.parta.chat.MessageChanged;
import ru.parta.chat.MessagePosted;
import ru.parta.chat.PostOutcome;
import ru.parta.chat.Reactions;
import ru.parta.chat.ReadPointerMoved;
import ru.parta.chat.ReadPointers;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.base.PublicAddress;
import ru.parta.ui.base.UiErrors;
import ru.parta.ui.home.MainLayout;

/**
 * One chat: it puts together the header ({@link ChatHeader}), the messages ({@link MessageList}),
 * the viewer's held messages ({@link HeldBox}) and the composer ({@link ChatComposer}), and follows
 * the chat's events. Everything that happens in the chat arrives through events; the screen reads
 * the database only when it opens, loads older pages, or refreshes "read by" counts (at most once
 * a second).
 */
@Prototype
@Route(value = Routes.CHAT + "/:id", layout = MainLayout.class)
@AnyRole
public class ChatView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 50;
    /** A chat left open all day keeps at most this many messages; older ones load again on scroll-up. */
    static final int MAX_SHOWN = 200;
    private static final String SCRIPT = MessageActions.resource("chat.js");

    private final ChatService chats;
    private final ReadPointers pointers;
    private final HeldMessages heldMessages;
    private final Reactions reactions;
    private final EventBus events;
    private final ConversationService conversations;
    private final DirectChats directChats;
    private final ChatLinkService links;
    private final PublicAddress address;
    private final ZoneId zone;
    private final Clock clock;
    private final AccountSummary viewer;
    private final MessageBubble.Screen bubbleScreen;

    private final Div scroller = new Div();
    private final Button earlier = new Button();
    private final Div messages = new Div();
    private HeldBox heldBox;
    // Loaded only when needed (mentions): a thousand names per open screen is a cost (docs/performance.md).
    private Map<Long, String> memberNames;

    private long conversationId;
    private ChatSummary chat;
    private ChatComposer composer;
    private MessageList list;
    private ReadByCounts readBy;

    public ChatView(ChatService chats, ReadPointers pointers, HeldMessages heldMessages, Reactions reactions,
                    ConversationService conversations, DirectChats directChats, ChatLinkService links,
                    PublicAddress address, SchoolService school, EventBus events, Clock clock) {
        this.chats = chats;
        this.pointers = pointers;
        this.heldMessages = heldMessages;
        this.reactions = reactions;
        this.links = links;
        this.address = address;
        this.conversations = conversations;
        this.directChats = directChats;
        this.zone = school.zone();
        this.clock = clock;
        this.viewer = CurrentAccount.get().orElseThrow();
        this.bubbleScreen = new MessageBubble.Screen(viewer.id(), zone, () -> LocalDate.now(clock.withZone(zone)),
                this::memberNames);
        addClassName("chat-view");
        scroller.addClassName("chat-scroller");
        scroller.setId("chat-scroller");
        earlier.setText(getTranslation("chat.earlier"));
        earlier.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        earlier.addClassName("chat-earlier");
        earlier.addClickListener(click -> loadEarlier());
        messages.addClassName("chat-messages");
        messages.setId("chat-messages");
        MessageActions.listen(messages, id -> list == null ? null : list.find(id), message -> MessageActions.open(message, viewer.id(), chats,
                reactions, composer, this), this::toggleReaction);
        // What chat.js needs to draw bubbles: whose screen it is and the words they use.
        messages.getElement().setAttribute("data-viewer", String.valueOf(viewer.id()));
        messages.getElement().setAttribute("data-labels", BubbleContent.labels(this));
        addAttachListener(attach -> {
            if (chat != null) {
                startBrowserSide();
            }
        });
        this.events = events;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            chat = chats.findChat(id, viewer.id());
        } catch (NumberFormatException | PartaException notThere) {
            event.forwardTo(Routes.CHATS);
            UiErrors.show(getTranslation("chat.notFound"));
            return;
        }
        conversationId = id;
        build();
    }

    @Override
    public String getPageTitle() {
        return chat == null ? getTranslation("chats.title") : ChatTitles.title(this, chat);
    }

    private void build() {
        removeAll();
        memberNames = null;
        messages.removeAll();
        list = new MessageList(scroller, messages, earlier, bubbleScreen, viewer.id());
        ChatHeader header = new ChatHeader(chat, conversations, directChats, links, address.baseUrl(), zone, viewer);
        followChat(header);
        add(header);

        Div pending = new Div();
        pending.addClassName("chat-pending-list");
        scroller.removeAll();
        heldBox = new HeldBox(conversationId, heldMessages, viewer, zone);
        scroller.add(earlier, messages, heldBox, pending);
        add(scroller);
        composer = new ChatComposer(conversationId, chats, clock, zone, viewer, this::memberNames,
                text -> getElement().executeJs("window.partaChat.insert(this, $0)", text));
        add(composer);

        long pointer = pointers.findReadPointer(conversationId, viewer.id());
        List<ChatMessage> page = chats.findHistory(conversationId, null, PAGE, viewer.id());
        list.showLatest(page, pointer, getTranslation("chat.newMessages"), getTranslation("chat.empty"));
        heldBox.show();
        readBy = new ReadByCounts(pointers, conversationId, viewer.id(), () -> chat.memberCount(), list::shown);
        readBy.refreshNow();
        if (!page.isEmpty()) {
            pointers.markRead(conversationId, page.getLast().id(), CurrentAccount.actor());
        }
        if (isAttached()) {
            startBrowserSide();
        }
    }

    /** The composer's browser half (chat.js): drafts, outbox, pending messages, loading on scroll. */
    private void startBrowserSide() {
        getElement().setAttribute("data-pending-label", getTranslation("chat.pending"));
        getElement().executeJs(SCRIPT + ";window.partaChat.init(this, $0, $2);window.partaChat.watchTop($1, this);"
                + "const d = document.getElementById('chat-divider');"
                + "if (d) { d.scrollIntoView({block: 'center'}); } else { window.partaChat.scrollToEnd(); }",
                String.valueOf(conversationId), scroller.getElement(), String.valueOf(viewer.id()));
    }

    /** Called by the browser with the text and the key it made for this message. */
    @ClientCallable
    public void send(String clientKey, String text) {
        try {
            PostOutcome outcome = chats.postMessage(composer.message(clientKey, text), CurrentAccount.actor());
            getElement().executeJs("window.partaChat.sent(this, $0)", clientKey);
            composer.clear();
            if (outcome.isHeld()) {
                heldBox.show();
                Notification.show(getTranslation("chat.held.notice", clockTime(outcome.held().deliverAt())), 5000,
                        Notification.Position.BOTTOM_CENTER);
            } else {
                arrived(outcome.delivered());
            }
        } catch (PartaException refused) {
            getElement().executeJs("window.partaChat.failed(this, $0)", clientKey);
            UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    /** Called by the browser when the reader scrolls near the top, and by the "earlier" button. */
    @ClientCallable
    public void loadEarlier() {
        if (list.oldestId() != null) {
            list.showEarlier(chats.findHistory(conversationId, list.oldestId(), PAGE, viewer.id()));
        }
    }

    private void arrived(ChatMessage message) {
        if (!list.append(message)) {
            return;
        }
        if (message.authorId() != viewer.id()) {
            pointers.markReadSoon(conversationId, message.id(), CurrentAccount.actor());
        } else {
            readBy.refresh();
        }
    }

    /**
     * Follows this chat's topic and the viewer's own: the subscriptions live as long as the header
     * of the chat shown, so opening another chat ends them.
     */
    private void followChat(ChatHeader header) {
        Topic thisChat = Topic.conversation(conversationId);
        Topic me = Topic.person(viewer.id());
        LiveUpdates.follow(header, events, MessagePosted.class, thisChat, e -> arrived(e.message()));
        LiveUpdates.follow(header, events, MessageChanged.class, thisChat, e -> {
            MessageBubble bubble = list.find(e.message().id());
            if (bubble != null) {
                bubble.show(e.message());
            }
        });
        // Only a screen showing the viewer's own messages has "read by" counts to refresh.
        LiveUpdates.follow(header, events, ReadPointerMoved.class, thisChat, e -> {
            if (list.showsOwnMessages() && e.accountId() != viewer.id()) {
                readBy.refresh();
            }
        });
        LiveUpdates.follow(header, events, HeldMessagesChanged.class, me, e -> {
            if (e.conversationId() == conversationId) {
                heldBox.show();
            }
        });
        LiveUpdates.follow(header, events, ChatsChanged.class, me, e -> stillMember());
    }

    private void stillMember() {
        try {
            chat = chats.findChat(conversationId, viewer.id());
            memberNames = null;
        } catch (PartaException gone) {
            UiErrors.show(getTranslation("chat.removed"));
            UI.getCurrent().navigate(ChatsView.class);
        }
    }

    public void toggleReaction(ChatMessage message, String emoji) {
        reactions.toggleReaction(message.id(), emoji, CurrentAccount.actor());
    }

    public Map<Long, String> memberNames() {
        if (memberNames == null) {
            Map<Long, String> names = new HashMap<>();
            conversations.findMembers(conversationId, viewer.id()).forEach(m -> names.put(m.accountId(), m.fullName()));
            memberNames = names;
        }
        return memberNames;
    }

    private String clockTime(Instant at) {
        return ChatComposer.clockTime(at, zone);
    }
}

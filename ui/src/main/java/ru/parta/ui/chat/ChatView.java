package ru.parta.ui.chat;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.parta.access.AccountSummary;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.base.event.Topic;
import ru.parta.channel.ChannelInfo;
import ru.parta.channel.ChannelService;
import ru.parta.chat.ChatFrames;
import ru.parta.chat.ChatLinkService;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatService;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ChatsChanged;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.ConversationService;
import ru.parta.chat.DirectChats;
import ru.parta.chat.HeldMessages;
import ru.parta.chat.HeldMessagesChanged;
import ru.parta.chat.Pins;
import ru.parta.chat.PostOutcome;
import ru.parta.chat.Reactions;
import ru.parta.chat.ReadPointers;
import ru.parta.live.LiveHub;
import ru.parta.live.LivePosition;
import ru.parta.live.LiveTickets;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.base.PublicAddress;
import ru.parta.ui.base.UiErrors;
import ru.parta.ui.home.MainLayout;

/**
 * One chat: it puts together the header ({@link ChatHeader}), the viewer's held messages
 * ({@link HeldBox}) and the composer ({@link ChatComposer}); the messages themselves are drawn by
 * the browser (chat.js), from the latest page this screen hands it when it opens and then from the
 * chat's live frames (ru.parta.live), which the server makes once for every open tab. So the
 * screen keeps no message and does no work when one arrives; it reads the database only when it
 * opens and when the reader asks for older pages.
 */
@Prototype
@Route(value = Routes.CHAT + "/:id", layout = MainLayout.class)
@AnyRole
public class ChatView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 50;
    /** A chat left open all day keeps at most this many messages; older ones load again on scroll-up. */
    static final int MAX_SHOWN = 200;
    private static final String SCRIPT = MessageActions.resource("chat.js");
    private static final String LIVE = ru.parta.ui.base.LiveScript.SOURCE;

    private final ChatService chats;
    private final ChatFrames frames;
    private final LiveHub live;
    private final LiveTickets tickets;
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
    private final ChannelService channels;
    private final Pins pins;
    private final ChatModerationTools moderationTools;
    private final ChatPolls chatPolls;
    private final ChannelPostExtras postExtras;
    private boolean commentsOn;

    private final Div scroller = new Div();
    private final Div messages = new Div();
    private HeldBox heldBox;
    // Loaded only when needed (mentions): a thousand names per open screen is a cost (docs/performance.md).
    private Map<Long, String> memberNames;

    private long conversationId;
    private ChatSummary chat;
    private ChatComposer composer;

    public ChatView(ChatModerationTools moderationTools, ChatPolls chatPolls, ChannelPostExtras postExtras, Pins pins,
                    ChatService chats, ChatFrames frames, LiveHub live, LiveTickets tickets, ReadPointers pointers,
                    HeldMessages heldMessages, Reactions reactions, ConversationService conversations,
                    DirectChats directChats, ChatLinkService links, PublicAddress address, SchoolService school,
                    EventBus events, Clock clock, ChannelService channels) {
        this.pins = pins;
        this.moderationTools = moderationTools;
        this.chatPolls = chatPolls;
        this.postExtras = postExtras;
        this.channels = channels;
        this.chats = chats;
        this.frames = frames;
        this.live = live;
        this.tickets = tickets;
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
        addClassName("chat-view");
        scroller.addClassName("chat-scroller");
        scroller.setId("chat-scroller");
        messages.addClassName("chat-messages");
        messages.setId("chat-messages");
        MessageActions.listen(messages, this::shownMessage, message -> MessageActions.open(message, viewer.id(), chats,
                reactions, composer, this, pins.mayPin(conversationId, viewer.id()) ? () -> pin(message) : null,
                moderationTools.mayModerate(conversationId, viewer.id())
                        ? () -> moderationTools.moderateMessage(message, this) : null,
                () -> moderationTools.reportMessage(message)),
                this::toggleReaction);
        // What chat.js needs to draw bubbles: whose screen it is, the school's zone and the words they use.
        messages.getElement().setAttribute("data-viewer", String.valueOf(viewer.id()));
        messages.getElement().setAttribute("data-zone", zone.getId());
        messages.getElement().setAttribute("data-lang", getLocale() == null ? "ru" : getLocale().getLanguage());
        messages.getElement().setAttribute("data-labels", ChatLabels.of(this));
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
        ChannelInfo channel = chat.kind() == ConversationKind.CHANNEL
                ? channels.findChannelOfChat(conversationId, viewer.id()).orElse(null) : null;
        ChatHeader header = new ChatHeader(chat, conversations, directChats, links, address.baseUrl(), zone, viewer,
                channel);
        if (moderationTools.mayModerate(conversationId, viewer.id())) {
            header.offerPremoderation(moderationTools.isPremoderated(conversationId), () ->
                    moderationTools.togglePremoderation(conversationId, this,
                            on -> header.offerPremoderation(on, header.premoderationToggle())));
        }
        followChat(header);
        add(header);

        // The pinned message, drawn by chat.js from the page and the chat's "pinned" frames.
        Div pinned = new Div();
        pinned.addClassName("chat-pinned");
        pinned.setId("chat-pinned");
        add(pinned);
        Div pending = new Div();
        pending.addClassName("chat-pending-list");
        scroller.removeAll();
        heldBox = new HeldBox(conversationId, heldMessages, viewer, zone, clock);
        scroller.add(messages, heldBox, pending);
        add(scroller);
        boolean isChannel = chat.kind() == ConversationKind.CHANNEL;
        commentsOn = channel != null && channel.commentsEnabled();
        composer = new ChatComposer(conversationId, chats, clock, zone, viewer, this::memberNames,
                text -> getElement().executeJs("window.partaChat.insert(this, $0)", text), isChannel && chat.mayPost(),
                () -> chatPolls.openNew(conversationId, zone, clock));
        add(composer);
        // A channel's subscribers read; its authors post, and see the sheet of who confirmed what.
        messages.getElement().setAttribute("data-author", String.valueOf(isChannel && chat.mayPost()));
        messages.getElement().setAttribute("data-sheet", Routes.ACK_SHEET + "/");
        if (chat.mayPost() && !viewer.isStaff() && moderationTools.isPremoderated(conversationId)) {
            Div review = new Div(getTranslation("moderation.premoderation.note"));
            review.addClassName("chat-read-only");
            review.setId("chat-premoderation-note");
            add(review);
        }
        if (!chat.mayPost()) {
            composer.setVisible(false);
            Div readOnly = new Div(getTranslation("channel.readOnly"));
            readOnly.addClassName("chat-read-only");
            readOnly.setId("chat-read-only");
            add(readOnly);
        }

        heldBox.show();
        if (isAttached()) {
            startBrowserSide();
        }
    }

    /**
     * The browser half (live.js, chat.js): the live connection, the messages drawn from the page
     * and the chat's frames, and the composer's drafts, outbox and pending messages.
     */
    private void startBrowserSide() {
        getElement().setAttribute("data-pending-label", getTranslation("chat.pending"));
        getElement().executeJs(LIVE + ";" + SCRIPT + ";window.partaChat.stream(this, $1, $3);"
                + "window.partaChat.init(this, $0, $2);"
                + "const d = document.getElementById('chat-divider');"
                + "if (d) { d.scrollIntoView({block: 'center'}); } else { window.partaChat.scrollToEnd(); }",
                String.valueOf(conversationId), messages.getElement(), String.valueOf(viewer.id()), boot());
    }

    /**
     * What the browser is handed when the screen opens: where the chat's frames stand, taken first
     * so whatever is published while the page is read reaches the tab after it; the read pointer
     * (for the "new messages" divider); the read pointers of all (for "read by"); the latest page.
     * Made when sent and not kept: an open screen holds no messages. Opening reads the chat.
     */
    String boot() {
        LivePosition position = live.findPosition(Topic.conversation(conversationId));
        long pointer = pointers.findReadPointer(conversationId, viewer.id());
        List<ChatMessage> page = chats.findHistory(conversationId, null, PAGE, viewer.id());
        if (!page.isEmpty()) {
            pointers.markRead(conversationId, page.getLast().id(), CurrentAccount.actor());
        }
        return "{\"ticket\":\"" + tickets.issueTicket(CurrentAccount.actor()) + "\",\"topic\":\"" + position.topic() + "\",\"epoch\":\"" + position.epoch() + "\",\"seq\":"
                + position.sequence() + ",\"pointer\":" + pointer + ",\"more\":" + (page.size() == PAGE)
                + ",\"max\":" + MAX_SHOWN + ",\"pageSize\":" + PAGE + ",\"reads\":"
                + frames.findReads(conversationId, viewer.id()) + ",\"acked\":" + postExtras.acknowledged(page, viewer.id())
                + ",\"polls\":" + chatPolls.cards(page, viewer.id()) + ",\"comments\":"
                + postExtras.commentCounts(page, commentsOn) + ",\"commentsOn\":"
                + commentsOn + ",\"mayPin\":" + pins.mayPin(conversationId, viewer.id()) + ",\"pinned\":"
                + pins.findPinned(conversationId, viewer.id()).map(frames::describeMessage).orElse("null")
                + ",\"page\":" + frames.describePage(page) + "}";
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
                Notification.show(outcome.held().awaitingReview() ? getTranslation("moderation.review.notice")
                        : outcome.held().isScheduled()
                        ? getTranslation("chat.schedule.notice", clockTime(outcome.held().deliverAt()))
                        : getTranslation("chat.held.notice", clockTime(outcome.held().deliverAt())), 5000,
                        Notification.Position.BOTTOM_CENTER);
            } else {
                // Drawn at once from the answer; the same message by the live path is drawn over it, not twice.
                getElement().executeJs("window.partaChat.own($0, $1)", messages.getElement(),
                        frames.describeMessage(outcome.delivered()));
            }
        } catch (PartaException refused) {
            getElement().executeJs("window.partaChat.failed(this, $0)", clientKey);
            UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    /**
     * Called by the browser when the reader scrolls near the top or presses "earlier": the page
     * before the oldest message it shows, as JSON.
     */
    @ClientCallable
    public String earlier(String beforeId) {
        if (!beforeId.matches("\\d{1,18}")) {
            return "[]";
        }
        List<ChatMessage> page = chats.findHistory(conversationId, Long.parseLong(beforeId), PAGE, viewer.id());
        return "{\"acked\":" + postExtras.acknowledged(page, viewer.id()) + ",\"polls\":"
                + chatPolls.cards(page, viewer.id()) + ",\"comments\":" + postExtras.commentCounts(page, commentsOn)
                + ",\"page\":"
                + frames.describePage(page) + "}";
    }

    /** A post's "comments": its comments in a dialog, to read and add to. */
    @ClientCallable
    public void comments(String messageId) {
        postExtras.openComments(messageId, conversationId, viewer.id(), zone, this);
    }

    private void pin(ChatMessage message) {
        try {
            pins.pinMessage(message.id(), CurrentAccount.actor());
        } catch (PartaException refused) {
            UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    /** The pinned message's ✕: unpins it (for those who may pin). */
    @ClientCallable
    public void unpin() {
        try {
            pins.unpinMessage(conversationId, CurrentAccount.actor());
        } catch (PartaException refused) {
            UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    /** A poll that arrived live, as this viewer sees it; {} if not theirs to see. */
    @ClientCallable
    public String poll(String pollId) {
        return chatPolls.card(pollId, viewer.id());
    }

    /** A vote, or a changed one: the poll as the voter now sees it, or {} after a refusal shown here. */
    @ClientCallable
    public String vote(String pollId, String optionIds) {
        return chatPolls.vote(pollId, optionIds, this);
    }

    /** The author's view of a poll: results, who has not voted, closing, export. */
    @ClientCallable
    public void pollResults(String pollId) {
        chatPolls.openResults(pollId, viewer.id(), zone, this);
    }

    /** "Ознакомлен(а)" tapped under an announcement: {"at": epoch ms}, or {} after a refusal shown here. */
    @ClientCallable
    public String acknowledge(String messageId) {
        return postExtras.acknowledge(messageId, this);
    }

    /** A message the browser names by id (its "⋯" or a reaction chip), if it is one of this chat's. */
    private ChatMessage shownMessage(long messageId) {
        try {
            ChatMessage message = chats.findMessage(messageId, viewer.id());
            return message.conversationId() == conversationId ? message : null;
        } catch (PartaException notThere) {
            return null;
        }
    }

    /**
     * Follows the viewer's own topic for what the page itself shows (held messages, leaving the
     * chat); the subscriptions live as long as the header of the chat shown, so opening another
     * chat ends them. Messages, edits, reactions and "read by" reach the browser on the live path.
     */
    private void followChat(ChatHeader header) {
        Topic me = Topic.person(viewer.id());
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

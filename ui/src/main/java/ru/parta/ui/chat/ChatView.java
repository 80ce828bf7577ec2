package ru.parta.ui.chat;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.parta.access.Actor;
import ru.parta.access.AccountSummary;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatLinkService;
import ru.parta.chat.ChatService;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ChatsChanged;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.ConversationService;
import ru.parta.chat.HeldItem;
import ru.parta.chat.HeldMessagesChanged;
import ru.parta.chat.MessageChanged;
import ru.parta.chat.MessagePosted;
import ru.parta.chat.NewMessage;
import ru.parta.chat.PostOutcome;
import ru.parta.chat.QuietHours;
import ru.parta.chat.ReadPointerMoved;
import ru.parta.files.StoredFile;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.base.PublicAddress;
import ru.parta.ui.base.UiErrors;
import ru.parta.ui.home.MainLayout;

/**
 * One chat: its latest messages (older ones load as the reader scrolls up), a "new messages"
 * divider where the reader left off, and the composer. Everything that happens in the chat
 * arrives through events; the screen reads the database only when it opens, loads older pages,
 * or refreshes "read by" counts (at most once a second).
 */
@Prototype
@Route(value = Routes.CHAT + "/:id", layout = MainLayout.class)
@AnyRole
public class ChatView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 50;
    /** A chat left open all day keeps at most this many messages; older ones load again on scroll-up. */
    static final int MAX_SHOWN = 200;
    /**
     * What a click in the list asks, worked out in the browser: "more &lt;id&gt;" for a bubble's "⋯",
     * "react &lt;id&gt; &lt;emoji&gt;" for a reaction chip, null for anything else.
     */
    private static final String BUBBLE_ASKED = "(() => { const b = event.target.closest('.chat-message');"
            + " if (!b) { return null; }"
            + " if (event.target.closest('.chat-more')) { return 'more ' + b.dataset.id; }"
            + " const r = event.target.closest('.chat-reaction');"
            + " return r ? 'react ' + b.dataset.id + ' ' + r.dataset.emoji : null; })()";
    private static final String SCRIPT = script();

    private final ChatService chats;
    private final ConversationService conversations;
    private final ChatLinkService links;
    private final PublicAddress address;
    private final ZoneId zone;
    private final Clock clock;
    private final AccountSummary viewer;
    private final MessageBubble.Screen bubbleScreen;

    private final Div scroller = new Div();
    private final Button earlier = new Button();
    private final Div messages = new Div();
    private final Div heldBox = new Div();
    private final Div replyBar = new Div();
    private final Div filesBar = new Div();
    private final Checkbox urgent = new Checkbox();
    // By message id, so the oldest shown is the first; at most MAX_SHOWN stay on a screen left open.
    private final java.util.TreeMap<Long, MessageBubble> bubbles = new java.util.TreeMap<>();
    // Loaded only when needed (mentions): a thousand names per open screen is a cost (docs/performance.md).
    private Map<Long, String> memberNames;
    private final Map<Long, String> pickedMentions = new LinkedHashMap<>();
    private final List<StoredFile> attached = new ArrayList<>();

    // Read by the live-update checks on the publishing thread (LiveUpdates), hence volatile.
    private volatile long conversationId;
    private volatile boolean showsOwnMessages;
    private ChatSummary chat;
    private ChatMessage replyTo;
    private Long oldestId;
    private Div emptyNote;
    private int keep = MAX_SHOWN;
    private long readersCheckedAt;
    private boolean readersPending;

    public ChatView(ChatService chats, ConversationService conversations, ChatLinkService links,
                    PublicAddress address, SchoolService school, EventBus events, Clock clock) {
        this.chats = chats;
        this.links = links;
        this.address = address;
        this.conversations = conversations;
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
        messages.getElement().addEventListener("click", click -> bubbleAction(click.getEventData()))
                .addEventData(BUBBLE_ASKED).setFilter("(" + BUBBLE_ASKED + ") != null");
        messages.getElement().addEventListener("keydown", key -> bubbleAction(key.getEventData()))
                .addEventData(BUBBLE_ASKED).setFilter("(event.key === 'Enter' || event.key === ' ')"
                        + " && event.target.classList.contains('chat-more') && (" + BUBBLE_ASKED + ") != null");
        // What chat.js needs to draw bubbles: whose screen it is and the words they use.
        messages.getElement().setAttribute("data-viewer", String.valueOf(viewer.id()));
        messages.getElement().setAttribute("data-labels", BubbleContent.labels(this));
        heldBox.addClassName("chat-held");
        heldBox.setId("chat-held");
        addAttachListener(attach -> {
            if (chat != null) {
                startBrowserSide();
            }
        });
        long me = viewer.id();
        LiveUpdates.follow(this, events, MessagePosted.class, e -> e.message().conversationId() == conversationId,
                e -> {
                    if (e.message().conversationId() == conversationId) {
                        arrived(e.message());
                    }
                });
        LiveUpdates.follow(this, events, MessageChanged.class, e -> e.message().conversationId() == conversationId,
                e -> {
                    MessageBubble bubble = bubbles.get(e.message().id());
                    if (bubble != null) {
                        bubble.show(e.message());
                    }
                });
        // Only a screen showing the viewer's own messages has "read by" counts to refresh.
        LiveUpdates.follow(this, events, ReadPointerMoved.class,
                e -> showsOwnMessages && e.conversationId() == conversationId && e.accountId() != me,
                e -> refreshReaders());
        LiveUpdates.follow(this, events, HeldMessagesChanged.class,
                e -> e.conversationId() == conversationId && e.authorId() == me, e -> showHeld());
        LiveUpdates.follow(this, events, ChatsChanged.class, e -> e.concerns(me), e -> stillMember());
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
        bubbles.clear();
        emptyNote = null;
        keep = MAX_SHOWN;
        memberNames = null;
        showsOwnMessages = false;
        pickedMentions.clear();
        attached.clear();
        replyTo = null;
        messages.removeAll();
        add(header());

        Div pending = new Div();
        pending.addClassName("chat-pending-list");
        scroller.removeAll();
        scroller.add(earlier, messages, heldBox, pending);
        add(scroller);
        add(composer());

        long pointer = chats.findReadPointer(conversationId, viewer.id());
        List<ChatMessage> page = chats.findHistory(conversationId, null, PAGE, viewer.id());
        boolean divided = false;
        for (ChatMessage message : page) {
            if (!divided && message.id() > pointer && message.authorId() != viewer.id()) {
                Div divider = new Div(getTranslation("chat.newMessages"));
                divider.addClassName("chat-divider");
                divider.setId("chat-divider");
                messages.add(divider);
                divided = true;
            }
            MessageBubble bubble = bubble(message);
            messages.add(bubble);
        }
        oldestId = page.isEmpty() ? null : page.getFirst().id();
        showEarlierButton(page.size() == PAGE);
        showHeld();
        refreshReadersNow();
        if (!page.isEmpty()) {
            chats.markRead(conversationId, page.getLast().id(), CurrentAccount.actor());
        }
        if (page.isEmpty()) {
            emptyNote = new Div(getTranslation("chat.empty"));
            emptyNote.addClassName("chat-empty");
            emptyNote.setId("chat-empty");
            messages.add(emptyNote);
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

    private Component header() {
        RouterLink back = new RouterLink("", ChatsView.class);
        back.add(VaadinIcon.ARROW_LEFT.create());
        back.addClassName("chat-back");
        back.getElement().setAttribute("aria-label", getTranslation("chats.title"));
        H2 title = new H2(ChatTitles.title(this, chat));
        title.setId("chat-title");
        Span members = new Span(getTranslation("chat.members.count", chat.memberCount()));
        members.addClassName("chat-subtitle");
        Div names = new Div(title, members);
        names.addClassName("chat-names");
        Button people = new Button(VaadinIcon.USERS.create(), click -> new MembersDialog(conversations, chat,
                viewer.id()).open());
        people.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        people.setId("chat-members");
        people.setTooltipText(getTranslation("chat.members"));
        people.getElement().setAttribute("aria-label", getTranslation("chat.members"));
        Div header = new Div(back, names, people);
        if (chat.kind() == ConversationKind.CUSTOM && conversations.mayManage(conversationId, viewer.id())) {
            Button link = new Button(VaadinIcon.LINK.create(), click -> new ChatLinkDialog(links, conversationId,
                    viewer.id(), address.baseUrl(), zone).open());
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            link.setId("chat-link");
            link.setTooltipText(getTranslation("chat.link.title"));
            link.getElement().setAttribute("aria-label", getTranslation("chat.link.title"));
            header.add(link);
        }
        if (chat.kind() == ConversationKind.CUSTOM || chat.kind() == ConversationKind.DIRECT) {
            Button leave = new Button(VaadinIcon.EXIT_O.create(), click -> {
                conversations.leaveChat(conversationId, CurrentAccount.actor());
                UI.getCurrent().navigate(ChatsView.class);
            });
            leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            leave.setId("chat-leave");
            leave.setTooltipText(getTranslation("chat.leave"));
            leave.getElement().setAttribute("aria-label", getTranslation("chat.leave"));
            header.add(leave);
        }
        header.addClassName("chat-header");
        return header;
    }

    private Component composer() {
        replyBar.addClassName("chat-reply-bar");
        replyBar.setVisible(false);
        filesBar.addClassName("chat-files-bar");
        filesBar.setVisible(false);

        TextArea input = new TextArea();
        input.setId("chat-input");
        input.setPlaceholder(getTranslation("chat.placeholder"));
        input.setAriaLabel(getTranslation("chat.placeholder"));
        input.setMaxLength(chats.maxMessageLength());
        input.addClassName("chat-input");

        Button send = new Button(VaadinIcon.PAPERPLANE.create());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("chat-send");
        send.setId("chat-send");
        send.getElement().setAttribute("aria-label", getTranslation("chat.send"));

        Button mention = new Button("@", click -> new MentionDialog(memberNames(), viewer.id(), (id, name) -> {
            pickedMentions.put(id, name);
            getElement().executeJs("window.partaChat.insert(this, $0)", "@" + name + " ");
        }).open());
        mention.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        mention.setId("chat-mention");
        mention.getElement().setAttribute("aria-label", getTranslation("chat.mention"));

        Div row = new Div(upload(), mention, input, send);
        row.addClassName("chat-compose-row");
        Div composer = new Div(replyBar, filesBar, row);
        composer.addClassName("chat-composer");
        if (chats.mayPostUrgent(viewer.id())) {
            urgent.setLabel(getTranslation("chat.urgent"));
            urgent.setId("chat-urgent");
            urgent.addClassName("chat-urgent-box");
            composer.add(urgent);
        }
        QuietHours quiet = chats.findQuietHours();
        Instant now = clock.instant();
        if (quiet.isQuiet(now)) {
            Div note = new Div(getTranslation("chat.quiet.now", clockTime(quiet.endAfter(now))));
            note.addClassName("chat-quiet-note");
            note.setId("chat-quiet-note");
            composer.addComponentAsFirst(note);
        }
        return composer;
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Actor me = CurrentAccount.actor();  // the upload arrives outside the UI lock
        long chatId = conversationId;
        Upload upload = new Upload((UploadHandler) event -> {
            try {
                StoredFile file = chats.uploadAttachment(chatId, event.getFileName(), event.getInputStream(), me);
                ui.access(() -> {
                    attached.add(file);
                    showFiles();
                });
            } catch (PartaException e) {
                ui.access(() -> UiErrors.show(getTranslation(e.messageKey(), e.arguments())));
                throw e;
            }
        });
        upload.setMaxFiles(10);
        Button attach = new Button(VaadinIcon.PAPERCLIP.create());
        attach.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        attach.getElement().setAttribute("aria-label", getTranslation("chat.attach"));
        upload.setUploadButton(attach);
        upload.setDropAllowed(false);
        upload.addClassName("chat-upload");
        upload.setId("chat-upload");
        upload.addAllFinishedListener(done -> upload.clearFileList());
        return upload;
    }

    /** Called by the browser with the text and the key it made for this message. */
    @ClientCallable
    public void send(String clientKey, String text) {
        String body = text == null ? "" : text;
        List<Long> mentions = pickedMentions.entrySet().stream()
                .filter(m -> body.contains("@" + m.getValue())).map(Map.Entry::getKey).toList();
        try {
            PostOutcome outcome = chats.postMessage(new NewMessage(conversationId, clientKey, body,
                    replyTo == null ? null : replyTo.id(), urgent.getValue(), mentions,
                    attached.stream().map(StoredFile::id).toList()), CurrentAccount.actor());
            getElement().executeJs("window.partaChat.sent(this, $0)", clientKey);
            replyTo = null;
            attached.clear();
            pickedMentions.clear();
            urgent.setValue(false);
            showReply();
            showFiles();
            if (outcome.isHeld()) {
                showHeld();
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
        if (oldestId == null) {
            return;
        }
        List<ChatMessage> page = chats.findHistory(conversationId, oldestId, PAGE, viewer.id());
        for (int i = page.size() - 1; i >= 0; i--) {
            messages.addComponentAsFirst(bubble(page.get(i)));
        }
        if (!page.isEmpty()) {
            oldestId = page.getFirst().id();
        }
        // What the reader deliberately loaded stays while they read it (with room for as many new ones).
        keep = Math.max(keep, bubbles.size() + MAX_SHOWN);
        showEarlierButton(page.size() == PAGE);
    }

    private void arrived(ChatMessage message) {
        if (bubbles.containsKey(message.id())) {
            return;
        }
        if (emptyNote != null) {
            messages.remove(emptyNote);
            emptyNote = null;
        }
        // chat.js scrolls to a new last bubble itself (always for one's own, otherwise if near the end).
        messages.add(bubble(message));
        forgetOldest();
        if (message.authorId() != viewer.id()) {
            chats.markReadSoon(conversationId, message.id(), CurrentAccount.actor());
        } else {
            refreshReaders();
        }
    }

    private MessageBubble bubble(ChatMessage message) {
        MessageBubble bubble = new MessageBubble(message, bubbleScreen);
        bubbles.put(message.id(), bubble);
        if (bubble.isOwn()) {
            showsOwnMessages = true;
        }
        return bubble;
    }

    /** A bubble's "⋯" or reaction chip: one listener on the list rather than one in each bubble. */
    private void bubbleAction(tools.jackson.databind.JsonNode data) {
        String[] asked = data.path(BUBBLE_ASKED).asString("").split(" ", 3);
        MessageBubble bubble = null;
        if (asked.length >= 2 && asked[1].matches("\\d{1,18}")) {
            bubble = bubbles.get(Long.parseLong(asked[1]));
        }
        if (bubble == null || bubble.message().deleted()) {
            return;  // a stale or forged id: nothing to do
        }
        if (asked[0].equals("more")) {
            openActions(bubble.message());
        } else if (asked[0].equals("react") && asked.length == 3) {
            toggleReaction(bubble.message(), asked[2]);
        }
    }

    /** Past {@link #MAX_SHOWN} (or what the reader loaded), the oldest bubbles leave the screen; they load again on scroll-up. */
    private void forgetOldest() {
        while (bubbles.size() > keep) {
            messages.remove(bubbles.pollFirstEntry().getValue());
            oldestId = bubbles.firstKey();
            showEarlierButton(true);
        }
    }

    private void showEarlierButton(boolean more) {
        earlier.setVisible(more);
        scroller.getElement().setAttribute("data-more", String.valueOf(more));
    }

    private void showHeld() {
        heldBox.removeAll();
        for (HeldItem held : chats.findHeldMessages(conversationId, viewer.id())) {
            Div text = new Div(held.body());
            text.addClassName("chat-body");
            Span when = new Span(getTranslation("chat.held.until", clockTime(held.deliverAt())));
            when.addClassName("chat-held-when");
            Button edit = new Button(getTranslation("chat.edit"), click -> new EditDialog(held.body(),
                    changed -> chats.editHeldMessage(held.id(), changed, CurrentAccount.actor())).open());
            Button withdraw = new Button(getTranslation("chat.withdraw"),
                    click -> chats.withdrawHeldMessage(held.id(), CurrentAccount.actor()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div item = new Div(text, new Div(when, edit, withdraw));
            item.addClassNames("chat-message", "own", "held");
            heldBox.add(item);
        }
    }

    private void showReply() {
        replyBar.removeAll();
        replyBar.setVisible(replyTo != null);
        if (replyTo != null) {
            Span quote = new Span(getTranslation("chat.replyingTo", replyTo.authorName()) + ": "
                    + (replyTo.body().length() > 80 ? replyTo.body().substring(0, 79) + "…" : replyTo.body()));
            Button cancel = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                replyTo = null;
                showReply();
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            cancel.getElement().setAttribute("aria-label", getTranslation("chat.reply.cancel"));
            replyBar.add(quote, cancel);
        }
    }

    private void showFiles() {
        filesBar.removeAll();
        filesBar.setVisible(!attached.isEmpty());
        for (StoredFile file : List.copyOf(attached)) {
            Button chip = new Button(file.name(), VaadinIcon.CLOSE_SMALL.create(), click -> {
                attached.remove(file);
                chats.discardAttachment(file.id(), CurrentAccount.actor());
                showFiles();
            });
            chip.setIconAfterText(true);
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            chip.addClassName("chat-file-chip");
            filesBar.add(chip);
        }
    }

    /** "Read by" of one's own messages: at most once a second however many readers move. */
    private void refreshReaders() {
        long now = System.currentTimeMillis();
        if (now - readersCheckedAt >= 1000) {
            refreshReadersNow();
            return;
        }
        if (!readersPending) {
            readersPending = true;
            UI ui = UI.getCurrent();
            java.util.concurrent.CompletableFuture.delayedExecutor(1, java.util.concurrent.TimeUnit.SECONDS)
                    .execute(() -> LiveUpdates.access(ui, () -> {
                        readersPending = false;
                        refreshReadersNow();
                    }));
        }
    }

    private void refreshReadersNow() {
        readersCheckedAt = System.currentTimeMillis();
        List<MessageBubble> own = bubbles.values().stream().filter(MessageBubble::isOwn)
                .filter(b -> !b.message().deleted()).toList();
        List<MessageBubble> latest = own.subList(Math.max(0, own.size() - 20), own.size());
        if (latest.isEmpty()) {
            return;
        }
        Map<Long, Integer> readers = chats.countReaders(conversationId,
                latest.stream().map(b -> b.message().id()).toList(), viewer.id());
        int others = Math.max(0, chat.memberCount() - 1);
        latest.forEach(b -> b.showReadBy(readers.getOrDefault(b.message().id(), 0), others));
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

    public void openActions(ChatMessage message) {
        new MessageActionsDialog(message, message.authorId() == viewer.id(), new MessageActionsDialog.Handler() {
            @Override
            public void reply() {
                replyTo = message;
                showReply();
                getElement().executeJs("this.querySelector('vaadin-text-area').focus()");
            }

            @Override
            public void react(String emoji) {
                toggleReaction(message, emoji);
            }

            @Override
            public void edit() {
                new EditDialog(message.body(), changed -> chats.editMessage(message.id(), changed, CurrentAccount.actor()))
                        .open();
            }

            @Override
            public void delete() {
                chats.deleteMessage(message.id(), CurrentAccount.actor());
            }
        }).open();
    }

    public void toggleReaction(ChatMessage message, String emoji) {
        chats.toggleReaction(message.id(), emoji, CurrentAccount.actor());
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
        Locale locale = getLocale() == null ? Locale.of("ru") : getLocale();
        return DateTimeFormatter.ofPattern("d MMM, HH:mm", locale).format(at.atZone(zone));
    }

    private static String script() {
        try (InputStream in = ChatView.class.getResourceAsStream("chat.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

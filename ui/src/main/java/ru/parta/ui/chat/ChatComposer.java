package ru.parta.ui.chat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.base.PartaException;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatService;
import ru.parta.chat.NewMessage;
import ru.parta.chat.QuietHours;
import ru.parta.files.StoredFile;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.base.UiErrors;

/**
 * What the person is writing: the text box (its browser half, drafts and the outbox, lives in
 * chat.js), the message it replies to, attached files, mentions, the urgent mark, and the note
 * that quiet hours hold messages now; for staff a time to publish it later; in a channel, for its
 * authors, "ask readers to confirm".
 */
class ChatComposer extends Div {

    private final long conversationId;
    private final ChatService chats;
    private final Clock clock;
    private final ZoneId zone;
    private final AccountSummary viewer;
    private final Supplier<Map<Long, String>> memberNames;
    private final Consumer<String> insertText;
    private final Div replyBar = new Div();
    private final Div filesBar = new Div();
    private final Checkbox urgent = new Checkbox();
    private final Checkbox acknowledge = new Checkbox();
    private final boolean asksAcknowledgement;
    private final Div scheduleBar = new Div();
    private Instant publishAt;
    private final Runnable newPoll;
    private final Map<Long, String> pickedMentions = new LinkedHashMap<>();
    private final List<StoredFile> attached = new ArrayList<>();
    private ChatMessage replyTo;

    ChatComposer(long conversationId, ChatService chats, Clock clock, ZoneId zone, AccountSummary viewer,
                 Supplier<Map<Long, String>> memberNames, Consumer<String> insertText, boolean asksAcknowledgement,
                 Runnable newPoll) {
        this.newPoll = newPoll;
        this.conversationId = conversationId;
        this.asksAcknowledgement = asksAcknowledgement;
        this.chats = chats;
        this.clock = clock;
        this.zone = zone;
        this.viewer = viewer;
        this.memberNames = memberNames;
        this.insertText = insertText;
        build();
    }

    /** The message the browser sent, with what the composer holds around its text. */
    NewMessage message(String clientKey, String text) {
        String body = text == null ? "" : text;
        List<Long> mentions = pickedMentions.entrySet().stream()
                .filter(m -> body.contains("@" + m.getValue())).map(Map.Entry::getKey).toList();
        return new NewMessage(conversationId, clientKey, body, replyTo == null ? null : replyTo.id(),
                urgent.getValue(), mentions, attached.stream().map(StoredFile::id).toList(),
                asksAcknowledgement && acknowledge.getValue(), publishAt);
    }

    /** After a message went out: nothing replied to, attached or marked any more. */
    void clear() {
        replyTo = null;
        attached.clear();
        pickedMentions.clear();
        urgent.setValue(false);
        acknowledge.setValue(false);
        publishAt = null;
        showSchedule();
        showReply();
        showFiles();
    }

    /**
     * Tells chat.js whether the next message is text alone (no quote, file, picked mention or
     * urgency held here): such a message it may send on the live connection, without this screen.
     */
    private void showPlain() {
        getElement().setAttribute("data-plain", String.valueOf(replyTo == null && attached.isEmpty()
                && pickedMentions.isEmpty() && !urgent.getValue() && !acknowledge.getValue() && publishAt == null));
    }

    void replyTo(ChatMessage message) {
        replyTo = message;
        showReply();
    }

    static String clockTime(Instant at, ZoneId zone) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null || ui.getLocale() == null ? Locale.of("ru") : ui.getLocale();
        return DateTimeFormatter.ofPattern("d MMM, HH:mm", locale).format(at.atZone(zone));
    }

    private void build() {
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

        Button mention = new Button("@", click -> new MentionDialog(memberNames.get(), viewer.id(), (id, name) -> {
            pickedMentions.put(id, name);
            showPlain();
            insertText.accept("@" + name + " ");
        }).open());
        mention.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        mention.setId("chat-mention");
        mention.getElement().setAttribute("aria-label", getTranslation("chat.mention"));

        Button poll = new Button(VaadinIcon.BAR_CHART.create(), click -> newPoll.run());
        poll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        poll.setId("chat-poll");
        poll.getElement().setAttribute("aria-label", getTranslation("poll.new"));
        poll.getElement().setAttribute("title", getTranslation("poll.new"));

        Div row = new Div(upload(), mention, poll, input, send);
        row.addClassName("chat-compose-row");
        add(replyBar, filesBar, row);
        if (viewer.isStaff()) {
            // Staff plan announcements ahead: "publish on Monday at 8:00". (Only their composers
            // carry the bar: every open chat screen is a cost, docs/performance.md.)
            scheduleBar.addClassName("chat-files-bar");
            scheduleBar.setId("chat-schedule-bar");
            scheduleBar.setVisible(false);
            addComponentAtIndex(2, scheduleBar);
            Button later = new Button(VaadinIcon.CLOCK.create(), click -> new ScheduleDialog(zone, clock, publishAt,
                    chosen -> {
                        publishAt = chosen;
                        showSchedule();
                    }).open());
            later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            later.setId("chat-schedule");
            later.getElement().setAttribute("aria-label", getTranslation("chat.schedule"));
            later.getElement().setAttribute("title", getTranslation("chat.schedule"));
            row.addComponentAtIndex(3, later);
        }
        addClassName("chat-composer");
        if (chats.mayPostUrgent(viewer.id())) {
            urgent.setLabel(getTranslation("chat.urgent"));
            urgent.setId("chat-urgent");
            urgent.addClassName("chat-urgent-box");
            urgent.addValueChangeListener(change -> showPlain());
            add(urgent);
        }
        if (asksAcknowledgement) {
            acknowledge.setLabel(getTranslation("channel.ack.ask"));
            acknowledge.setId("chat-ack");
            acknowledge.addClassName("chat-urgent-box");
            acknowledge.addValueChangeListener(change -> showPlain());
            add(acknowledge);
        }
        showPlain();
        QuietHours quiet = chats.findQuietHours();
        Instant now = clock.instant();
        if (quiet.isQuiet(now)) {
            Div note = new Div(getTranslation("chat.quiet.now", clockTime(quiet.endAfter(now), zone)));
            note.addClassName("chat-quiet-note");
            note.setId("chat-quiet-note");
            addComponentAsFirst(note);
        }
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Actor me = CurrentAccount.actor();  // the upload arrives outside the UI lock
        long chatId = conversationId;
        Upload upload = new Upload((UploadHandler) event -> {
            try {
                StoredFile file = chats.uploadAttachment(chatId, event.getFileName(), event.getInputStream(), me);
                LiveUpdates.access(ui, () -> {
                    attached.add(file);
                    showFiles();
                });
            } catch (PartaException e) {
                LiveUpdates.access(ui, () -> UiErrors.show(getTranslation(e.messageKey(), e.arguments())));
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

    private void showReply() {
        showPlain();
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

    private void showSchedule() {
        showPlain();
        scheduleBar.removeAll();
        scheduleBar.setVisible(publishAt != null);
        if (publishAt != null) {
            Button chip = new Button(getTranslation("chat.schedule.chosen", clockTime(publishAt, zone)),
                    VaadinIcon.CLOSE_SMALL.create(), click -> {
                        publishAt = null;
                        showSchedule();
                    });
            chip.setIconAfterText(true);
            chip.setId("chat-schedule-chip");
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            scheduleBar.add(chip);
        }
    }

    private void showFiles() {
        showPlain();
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
}

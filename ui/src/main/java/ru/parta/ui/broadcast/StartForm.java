package ru.parta.ui.broadcast;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.Set;
import ru.parta.access.Actor;
import ru.parta.base.PartaException;
import ru.parta.broadcast.BroadcastKind;
import ru.parta.broadcast.BroadcastService;
import ru.parta.broadcast.DisplayInfo;
import ru.parta.broadcast.NewBroadcast;
import ru.parta.chat.ChatSummary;
import ru.parta.files.StoredFile;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.base.UiErrors;

/**
 * A new broadcast: what (an announcement, a PDF's slides, pictures, a video, a channel's feed),
 * from the files uploaded for the displays (a new one can be uploaded right here), on every display
 * or on chosen rooms, for a while or until stopped.
 */
class StartForm extends Div {

    private static final List<Integer> DURATIONS = List.of(0, 5, 15, 30, 45, 60, 90);

    private final BroadcastService broadcasts;
    private final long viewerId;
    private final ContentFields content;
    private final MultiSelectComboBox<StoredFile> images = new MultiSelectComboBox<>();
    private final Select<ChatSummary> channel = new Select<>();
    private final RadioButtonGroup<Boolean> everywhere = new RadioButtonGroup<>();
    private final MultiSelectComboBox<DisplayInfo> rooms = new MultiSelectComboBox<>();
    private final Select<Integer> duration = new Select<>();

    StartForm(BroadcastService broadcasts, List<DisplayInfo> displays, Runnable started) {
        this.broadcasts = broadcasts;
        this.viewerId = CurrentAccount.actor().accountId();
        addClassName("broadcast-form");
        content = new ContentFields(this, "broadcast", List.of(BroadcastKind.values()));
        content.onKind(chosen -> {
            images.setVisible(chosen == BroadcastKind.IMAGES);
            channel.setVisible(chosen == BroadcastKind.CHANNEL);
        });
        images.setLabel(getTranslation("broadcasting.images"));
        images.setItemLabelGenerator(StoredFile::name);
        images.setId("broadcast-images");
        channel.setLabel(getTranslation("broadcasting.channel"));
        channel.setItemLabelGenerator(ChatSummary::name);
        channel.setItems(broadcasts.findFeedChannels(viewerId));
        channel.setId("broadcast-channel");
        everywhere.setLabel(getTranslation("broadcasting.where"));
        everywhere.setItems(true, false);
        everywhere.setItemLabelGenerator(all -> getTranslation(all ? "broadcasting.everywhere" : "broadcasting.rooms"));
        everywhere.setValue(true);
        everywhere.setId("broadcast-where");
        rooms.setLabel(getTranslation("broadcasting.roomsField"));
        rooms.setItems(displays);
        rooms.setItemLabelGenerator(DisplayInfo::name);
        rooms.setId("broadcast-rooms");
        everywhere.addValueChangeListener(change -> rooms.setVisible(!change.getValue()));
        rooms.setVisible(false);
        duration.setLabel(getTranslation("broadcasting.duration"));
        duration.setItems(DURATIONS);
        duration.setItemLabelGenerator(m -> m == 0 ? getTranslation("broadcasting.untilStopped")
                : getTranslation("alertForm.minutes", m));
        duration.setValue(0);
        duration.setId("broadcast-duration");
        Button start = new Button(getTranslation("broadcasting.start"), VaadinIcon.PLAY.create(), click -> Starting.start(
                broadcasts, request(), id -> {
                    content.body.clear();
                    content.title.clear();
                    started.run();
                }));
        start.setId("broadcast-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div where = new Div(everywhere, rooms, duration);
        where.addClassName("form-row");
        add(new H3(getTranslation("broadcasting.new")), content.head(), content.body, content.file, images, channel,
                upload(), where, start);
        content.kind.setValue(BroadcastKind.ANNOUNCEMENT);
        refreshFiles(null);
    }

    private NewBroadcast request() {
        BroadcastKind chosen = content.kind.getValue();
        Long fileId = content.fileId();
        List<Long> pictures = chosen == BroadcastKind.IMAGES
                ? images.getValue().stream().map(StoredFile::id).sorted().toList() : List.of();
        Long conversation = chosen == BroadcastKind.CHANNEL && channel.getValue() != null
                ? channel.getValue().conversationId() : null;
        return new NewBroadcast(chosen, content.title.getValue(), content.body.getValue(),
                chosen == BroadcastKind.IMAGES ? null : fileId,
                pictures, conversation, Boolean.TRUE.equals(everywhere.getValue()),
                rooms.getValue().stream().map(DisplayInfo::id).toList(), false,
                duration.getValue() == null || duration.getValue() == 0 ? null : duration.getValue());
    }

    private void refreshFiles(StoredFile uploaded) {
        List<StoredFile> all = broadcasts.findBroadcastFiles(viewerId);
        content.setFiles(all, uploaded);
        images.setItems(all.stream().filter(StoredFile::isImage).toList());
        if (uploaded != null && uploaded.isImage() && content.kind.getValue() == BroadcastKind.IMAGES) {
            all.stream().filter(f -> f.id().equals(uploaded.id())).findFirst().ifPresent(images::select);
        }
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Actor uploader = CurrentAccount.actor();  // the upload arrives outside the UI lock
        Upload upload = new Upload((UploadHandler) event -> {
            try {
                StoredFile stored = broadcasts.uploadBroadcastFile(event.getFileName(), event.getInputStream(), uploader);
                LiveUpdates.access(ui, () -> refreshFiles(stored));
            } catch (PartaException e) {
                LiveUpdates.access(ui, () -> UiErrors.show(getTranslation(e.messageKey(), e.arguments())));
                throw e;
            }
        });
        upload.setDropLabel(new Span(getTranslation("broadcasting.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("broadcasting.upload.button")));
        upload.setAcceptedFileTypes("application/pdf", "image/*", "video/*", ".pdf", ".mp4", ".webm");
        upload.setId("broadcast-upload");
        return upload;
    }

    /** The room picker's choices, after displays were paired or renamed. */
    void setDisplays(List<DisplayInfo> displays) {
        Set<Long> chosen = rooms.getValue().stream().map(DisplayInfo::id).collect(java.util.stream.Collectors.toSet());
        rooms.setItems(displays);
        rooms.setValue(displays.stream().filter(d -> chosen.contains(d.id())).collect(java.util.stream.Collectors.toSet()));
    }
}

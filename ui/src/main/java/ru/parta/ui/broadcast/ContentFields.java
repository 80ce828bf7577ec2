package ru.parta.ui.broadcast;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import ru.parta.broadcast.BroadcastKind;
import ru.parta.files.StoredFile;

/**
 * What a broadcast or a plan shows: its kind, title, announcement text and file, with the file
 * choices narrowed to what the chosen kind can show (a PDF for slides, a video, a picture). The new
 * broadcast and the new plan share them; ids start with the form's prefix.
 */
final class ContentFields {

    final Select<BroadcastKind> kind = new Select<>();
    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final Select<StoredFile> file = new Select<>();
    private List<StoredFile> files = List.of();
    private Consumer<BroadcastKind> onKind = chosen -> { };

    ContentFields(Component host, String prefix, List<BroadcastKind> kinds) {
        kind.setLabel(host.getTranslation("broadcasting.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> host.getTranslation(k.messageKey()));
        kind.setId(prefix + "-kind");
        title.setLabel(host.getTranslation("broadcasting.titleField"));
        title.setPlaceholder(host.getTranslation("broadcasting.titlePlaceholder"));
        title.setMaxLength(200);
        title.setWidth("24rem");
        title.setMaxWidth("100%");
        title.setId(prefix + "-title");
        body.setLabel(host.getTranslation("broadcasting.text"));
        body.setMaxLength(2000);
        body.setWidthFull();
        body.setId(prefix + "-text");
        file.setItemLabelGenerator(f -> f == null ? "" : f.name());
        file.setEmptySelectionAllowed(true);
        file.setEmptySelectionCaption(host.getTranslation("broadcasting.noFile"));
        file.setId(prefix + "-file");
        kind.addValueChangeListener(change -> {
            BroadcastKind chosen = change.getValue();
            body.setVisible(chosen == BroadcastKind.ANNOUNCEMENT);
            file.setVisible(chosen != BroadcastKind.IMAGES && chosen != BroadcastKind.CHANNEL);
            file.setLabel(host.getTranslation(chosen == BroadcastKind.ANNOUNCEMENT ? "broadcasting.picture"
                    : "broadcasting.file"));
            offer(null);
            onKind.accept(chosen);
        });
    }

    /** Also to do when the kind changes (show the form's own fields for it). */
    void onKind(Consumer<BroadcastKind> then) {
        this.onKind = then;
    }

    /** The files to choose from (uploaded for the displays); {@code chosen} is selected if it fits the kind. */
    void setFiles(List<StoredFile> all, StoredFile chosen) {
        files = all;
        offer(chosen);
    }

    List<StoredFile> files() {
        return files;
    }

    private void offer(StoredFile chosen) {
        BroadcastKind current = kind.getValue();
        if (current == null) {
            return;
        }
        List<StoredFile> fitting = files.stream().filter(f -> switch (current) {
            case SLIDES -> f.isPdf();
            case VIDEO -> f.isVideo();
            case ANNOUNCEMENT, IMAGES -> f.isImage();
            default -> false;
        }).toList();
        file.setItems(fitting);
        if (chosen != null) {
            fitting.stream().filter(f -> f.id().equals(chosen.id())).findFirst().ifPresent(file::setValue);
        }
    }

    /** Kind and title on one row. */
    Div head() {
        Div row = new Div(kind, title);
        row.addClassName("form-row");
        return row;
    }

    Long fileId() {
        return file.getValue() == null ? null : file.getValue().id();
    }
}

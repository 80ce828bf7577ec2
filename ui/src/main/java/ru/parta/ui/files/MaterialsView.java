package ru.parta.ui.files;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Locale;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.files.FilePlace;
import ru.parta.files.FilesChanged;
import ru.parta.files.MaterialEntry;
import ru.parta.files.MaterialFolder;
import ru.parta.files.MaterialService;
import ru.parta.files.Previews;
import ru.parta.files.StoredFile;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.base.UiErrors;
import ru.parta.ui.home.MainLayout;

/**
 * Learning materials by class and subject: teachers make folders and upload (several files at
 * once, each with its progress bar, streamed straight into the store); students and parents of
 * the class browse, preview, play and download. Teachers see how often each was opened.
 */
@Prototype
@Route(value = Routes.MATERIALS, layout = MainLayout.class)
@AnyRole
public class MaterialsView extends VerticalLayout implements HasDynamicTitle {

    private final MaterialService materials;
    private final ClassService classes;
    private final AccountSummary viewer;
    private final ComboBox<SchoolClass> schoolClass = new ComboBox<>();
    private final Grid<MaterialFolder> folders = new Grid<>();
    private final Grid<MaterialEntry> items = new Grid<>();
    private final Div folderArea = new Div();
    private final Div newFolder = new Div();
    private MaterialFolder folder;

    public MaterialsView(MaterialService materials, ClassService classes, EventBus events) {
        this.materials = materials;
        this.classes = classes;
        this.viewer = CurrentAccount.get().orElseThrow();
        addClassName("page");
        List<SchoolClass> visible = materials.findClasses(viewer.id());
        schoolClass.setLabel(getTranslation("materials.field.class"));
        schoolClass.setItems(visible);
        schoolClass.setItemLabelGenerator(SchoolClass::label);
        schoolClass.setId("materials-class");
        schoolClass.addValueChangeListener(e -> showClass());

        folders.addColumn(MaterialFolder::subject).setHeader(getTranslation("materials.column.subject"));
        folders.addColumn(MaterialFolder::name).setHeader(getTranslation("materials.column.folder")).setFlexGrow(2);
        folders.setAllRowsVisible(true);
        folders.setId("materials-folders");
        folders.setEmptyStateText(getTranslation("materials.folders.empty"));
        folders.asSingleSelect().addValueChangeListener(e -> showFolder(e.getValue()));

        items.addComponentColumn(this::nameCell).setHeader(getTranslation("materials.column.name")).setFlexGrow(3);
        items.addColumn(e -> size(e.file().size())).setHeader(getTranslation("materials.column.size"))
                .setAutoWidth(true).setFlexGrow(0);
        items.setId("materials-items");
        items.setAllRowsVisible(true);
        items.setEmptyStateText(getTranslation("materials.items.empty"));
        newFolder.addClassName("inline-form");

        add(new H2(getTranslation("materials.title")), schoolClass, newFolder, folders, folderArea);
        if (!visible.isEmpty()) {
            schoolClass.setValue(visible.getFirst());
        } else {
            add(new Paragraph(getTranslation("materials.noClasses")));
        }
        LiveUpdates.follow(this, events, FilesChanged.class, changed -> {
            if (folder != null && changed.place() == FilePlace.MATERIALS && changed.placeId() == folder.id()) {
                refreshItems();
            }
        });
    }

    private void showClass() {
        newFolder.removeAll();
        folderArea.removeAll();
        folder = null;
        SchoolClass selected = schoolClass.getValue();
        if (selected == null) {
            folders.setItems(List.of());
            return;
        }
        if (materials.mayManage(viewer.id(), selected.id())) {
            ComboBox<String> subject = new ComboBox<>(getTranslation("materials.column.subject"));
            subject.setItems(classes.findTeaching(selected.id()).stream().map(t -> t.subject()).distinct().toList());
            subject.setAllowCustomValue(true);
            subject.addCustomValueSetListener(e -> subject.setValue(e.getDetail()));
            subject.setId("materials-subject");
            TextField name = new TextField(getTranslation("materials.column.folder"));
            name.setId("materials-folder-name");
            Button create = new Button(getTranslation("materials.action.newFolder"), VaadinIcon.FOLDER_ADD.create(),
                    click -> {
                        MaterialFolder created = materials.createFolder(selected.id(), subject.getValue(),
                                name.getValue(), CurrentAccount.actor());
                        name.clear();
                        refreshFolders();
                        folders.select(created);
                    });
            create.setId("materials-create-folder");
            newFolder.add(subject, name, create);
        }
        refreshFolders();
    }

    private void refreshFolders() {
        folders.setItems(materials.findFolders(schoolClass.getValue().id(), viewer.id()));
    }

    private void showFolder(MaterialFolder selected) {
        folderArea.removeAll();
        folder = selected;
        if (selected == null) {
            return;
        }
        folderArea.add(new H3(selected.subject() + " — " + selected.name()));
        if (materials.mayManage(viewer.id(), selected.classId())) {
            folderArea.add(upload(selected));
            if (items.getColumnByKey("opens") == null) {
                items.addComponentColumn(this::opensCell).setKey("opens")
                        .setHeader(getTranslation("materials.column.opens")).setAutoWidth(true).setFlexGrow(0);
                items.addComponentColumn(this::manageCell).setKey("manage").setAutoWidth(true).setFlexGrow(0);
            }
        }
        folderArea.add(items);
        refreshItems();
    }

    private Upload upload(MaterialFolder target) {
        UI ui = UI.getCurrent();
        Actor uploader = CurrentAccount.actor();  // the upload arrives outside the UI lock
        Upload upload = new Upload((UploadHandler) event -> {
            try {
                materials.uploadMaterial(target.id(), event.getFileName(), event.getInputStream(), uploader);
            } catch (PartaException e) {
                LiveUpdates.access(ui, () -> UiErrors.show(getTranslation(e.messageKey(), e.arguments())));
                throw e;
            }
        });
        upload.setDropLabel(new Span(getTranslation("materials.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("materials.upload.button")));
        upload.setId("materials-upload");
        return upload;
    }

    private void refreshItems() {
        if (folder != null) {
            items.setItems(materials.findMaterials(folder.id(), viewer.id()));
        }
    }

    private Component nameCell(MaterialEntry entry) {
        StoredFile file = entry.file();
        Button open = new Button(file.name(), icon(file).create(), click -> preview(file));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClassName("material-open");
        Anchor download = new Anchor(Routes.file(file.id()) + "?download", getTranslation("materials.action.download"));
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("router-ignore", true);
        download.addClassName("material-download");
        Div cell = new Div(open, new Span(" "), download);
        cell.addClassName("material-cell");
        return cell;
    }

    /** How often a material was opened; the class teacher (and administrators) can see by whom. */
    private Component opensCell(MaterialEntry entry) {
        String text = getTranslation("materials.opens", entry.opens(), entry.readers());
        boolean classTeacher = viewer.hasRole(ru.parta.access.Role.ADMIN) || classes.findClass(folder.classId())
                .map(c -> c.classTeacherId() != null && c.classTeacherId() == viewer.id()).orElse(false);
        if (!classTeacher || entry.readers() == 0) {
            return new Span(text);
        }
        Button readers = new Button(text, click -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("materials.readers.title", entry.file().name()));
            materials.findReaders(entry.file().id(), viewer.id()).forEach((name, opens) ->
                    dialog.add(new Paragraph(getTranslation("materials.readers.line", name, opens))));
            dialog.getFooter().add(new Button(getTranslation("action.close"), close -> dialog.close()));
            dialog.open();
        });
        readers.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        readers.addClassName("material-readers");
        return readers;
    }

    private Component manageCell(MaterialEntry entry) {
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> {
            materials.deleteMaterial(entry.file().id(), CurrentAccount.actor());
            refreshItems();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.getElement().setAttribute("aria-label", getTranslation("action.remove"));
        Select<MaterialFolder> move = new Select<>();
        move.setPlaceholder(getTranslation("materials.action.move"));
        move.setItems(materials.findFolders(folder.classId(), viewer.id()).stream()
                .filter(f -> !f.id().equals(folder.id())).toList());
        move.setItemLabelGenerator(f -> f == null ? "" : f.subject() + " — " + f.name());
        move.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                materials.moveMaterial(entry.file().id(), e.getValue().id(), CurrentAccount.actor());
                refreshItems();
            }
        });
        Div cell = new Div(move, delete);
        cell.addClassName("row-actions");
        return cell;
    }

    /** Images and PDFs show a picture, video and audio play (seeking uses range requests). */
    private void preview(StoredFile file) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(file.name());
        String src = Routes.file(file.id());
        if (file.isVideo() || file.isAudio()) {
            Element player = new Element(file.isVideo() ? "video" : "audio");
            player.setAttribute("controls", true);
            player.setAttribute("preload", "metadata");
            player.setAttribute("src", src);
            player.setAttribute("id", "material-player");
            player.getClassList().add("material-player");
            dialog.getElement().appendChild(player);
        } else if (Previews.hasPreview(file)) {
            // A thumbnail (decoded with subsampling), never the full-size original, even for images.
            Image image = new Image(src + "/preview", file.name());
            image.addClassName("material-preview");
            image.setId("material-preview");
            dialog.add(image);
        } else {
            dialog.add(new Paragraph(getTranslation("materials.noPreview")));
        }
        Anchor download = new Anchor(src + "?download", getTranslation("materials.action.download"));
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("router-ignore", true);
        dialog.getFooter().add(download, new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.setWidth("min(48rem, 96vw)");
        dialog.open();
    }

    private static VaadinIcon icon(StoredFile file) {
        return file.isVideo() ? VaadinIcon.FILM : file.isAudio() ? VaadinIcon.MUSIC
                : file.isImage() ? VaadinIcon.PICTURE : file.isPdf() ? VaadinIcon.FILE_TEXT : VaadinIcon.FILE;
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("materials.pageTitle");
    }
}

package ru.parta.ui.people;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.people.PlannedLine;
import ru.parta.people.RosterImportService;
import ru.parta.people.RosterKind;
import ru.parta.people.RosterPreview;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.base.Phrases;
import ru.parta.ui.base.UiErrors;
import ru.parta.ui.home.MainLayout;

/**
 * Roster import: choose the kind, upload a CSV, read the preview (every problem per line), then
 * import all or nothing. The import runs off the request thread and the tab fetches its progress
 * when told ({@code TabSync}), so a long file shows a moving bar instead of a frozen page.
 */
@Prototype
@Route(value = Routes.IMPORT, layout = MainLayout.class)
@AllowedRoles(Role.ADMIN)
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);

    private final RosterImportService roster;
    private final ExecutorService background;
    private final AccountSummary viewer;
    private final RadioButtonGroup<RosterKind> kind = new RadioButtonGroup<>();
    private final Div summary = new Div();
    /** The last file chosen, until it is imported (at most the upload limit, 5 MB). */
    private byte[] uploaded;
    private final Grid<PlannedLine> lines = new Grid<>();
    private final Button confirm = new Button();
    private final ProgressBar progress = new ProgressBar();
    private Upload upload;
    private byte[] file;

    public ImportView(RosterImportService roster, @Named(TaskExecutors.BLOCKING) ExecutorService background) {
        this.roster = roster;
        this.background = background;
        this.viewer = CurrentAccount.get().orElseThrow();
        addClassName("page");

        kind.setLabel(getTranslation("import.field.kind"));
        kind.setItems(RosterKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(RosterKind.STUDENTS);
        kind.setId("import-kind");
        // A file already chosen is read again as the newly chosen kind, so picking the kind second
        // works as well as picking it first.
        kind.addValueChangeListener(e -> {
            if (uploaded != null) {
                previewFile(uploaded);
            } else {
                clear();
            }
        });

        Paragraph help = new Paragraph(getTranslation("import.help"));
        help.addClassName("hint");
        Div examples = new Div(new Span(getTranslation("import.examples")));
        examples.addClassName("examples");
        for (RosterKind each : RosterKind.values()) {
            String name = each.name().toLowerCase(java.util.Locale.ROOT) + ".csv";
            Anchor example = new Anchor(DownloadHandler.forClassResource(ImportView.class, "/examples/" + name, name),
                    getTranslation(each.messageKey()));
            examples.add(example);
        }

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = getUI().orElseThrow();
            // The list is emptied at once, so a corrected file can be chosen again without removing the old one.
            LiveUpdates.access(ui, () -> {
                upload.clearFileList();
                fileChosen(bytes);
            });
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setDropLabel(new Span(getTranslation("import.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("import.upload.button")));
        upload.addFileRejectedListener(e -> UiErrors.show(getTranslation("import.upload.rejected")));
        upload.setId("import-upload");

        lines.addColumn(PlannedLine::line).setHeader(getTranslation("import.column.line")).setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(PlannedLine::name).setHeader(getTranslation("import.column.name")).setFlexGrow(2);
        lines.addComponentColumn(this::actionBadge).setHeader(getTranslation("import.column.action")).setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(this::details).setHeader(getTranslation("import.column.details")).setFlexGrow(3);
        lines.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        lines.setId("import-lines");
        lines.setVisible(false);
        lines.setAllRowsVisible(false);
        lines.setHeight("28rem");

        confirm.setText(getTranslation("import.action.confirm"));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        confirm.addClickListener(click -> startImport());
        progress.setVisible(false);
        progress.setId("import-progress");
        summary.setId("import-summary");

        add(new H2(getTranslation("import.title")), help, examples, kind, upload, summary, progress, confirm, lines);
    }

    /** A file was chosen: kept until imported (a change of kind reads it again) and previewed. */
    void fileChosen(byte[] bytes) {
        uploaded = bytes;
        previewFile(bytes);
    }

    /** Reads the file and shows what importing it would do; nothing is written. */
    void previewFile(byte[] bytes) {
        clear();
        try {
            RosterPreview preview = roster.previewRoster(kind.getValue(), bytes);
            this.file = bytes;
            summary.setText(getTranslation("import.summary", preview.lines().size(),
                    preview.count(PlannedLine.Action.NEW), preview.count(PlannedLine.Action.UPDATE),
                    preview.count(PlannedLine.Action.UNCHANGED), preview.count(PlannedLine.Action.PROBLEM),
                    preview.charset(), delimiterName(preview.delimiter())));
            summary.setClassName("import-summary " + (preview.hasProblems() ? "has-problems" : "ready"));
            lines.setItems(preview.lines());
            lines.setVisible(true);
            confirm.setVisible(!preview.hasProblems());
            if (preview.hasProblems()) {
                UiErrors.show(getTranslation("roster.hasProblems", preview.count(PlannedLine.Action.PROBLEM)));
            }
        } catch (PartaException e) {
            summary.setText(getTranslation(e.messageKey(), e.arguments()));
            summary.setClassName("import-summary has-problems");
        }
    }

    private void startImport() {
        byte[] bytes = file;
        RosterKind chosen = kind.getValue();
        UI ui = UI.getCurrent();
        Actor actor = CurrentAccount.actor();  // the import runs off the UI thread
        confirm.setEnabled(false);
        kind.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        background.submit(() -> {
            int[] shownPercent = {-1};
            try {
                RosterPreview done = roster.importRoster(chosen, bytes, actor, (count, total) -> {
                    int percent = total == 0 ? 100 : count * 100 / total;
                    if (percent != shownPercent[0]) {
                        shownPercent[0] = percent;
                        LiveUpdates.access(ui, () -> progress.setValue(percent / 100.0));
                    }
                });
                LiveUpdates.access(ui, () -> finished(done));
            } catch (PartaException e) {
                LiveUpdates.access(ui, () -> failed(getTranslation(e.messageKey(), e.arguments())));
            } catch (RuntimeException e) {
                LOG.error("Roster import failed", e);
                LiveUpdates.access(ui, () -> failed(getTranslation("error.unexpected")));
            }
        });
    }

    private void finished(RosterPreview done) {
        uploaded = null;
        clear();
        upload.clearFileList();
        Notification notification = Notification.show(getTranslation("import.done",
                done.count(PlannedLine.Action.NEW), done.count(PlannedLine.Action.UPDATE)), 8000,
                Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        summary.setText(getTranslation("import.done", done.count(PlannedLine.Action.NEW),
                done.count(PlannedLine.Action.UPDATE)));
        summary.setClassName("import-summary ready");
    }

    private void failed(String message) {
        progress.setVisible(false);
        confirm.setEnabled(true);
        kind.setEnabled(true);
        UiErrors.show(message);
    }

    private void clear() {
        file = null;
        summary.setText("");
        lines.setItems();
        lines.setVisible(false);
        confirm.setVisible(false);
        confirm.setEnabled(true);
        kind.setEnabled(true);
        progress.setVisible(false);
    }

    private Span actionBadge(PlannedLine line) {
        Span badge = new Span(getTranslation(line.action().messageKey()));
        badge.addClassNames("badge", "badge-" + line.action().name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    private String details(PlannedLine line) {
        var phrases = line.problems().isEmpty() ? line.changes() : line.problems();
        return phrases.stream().map(p -> Phrases.text(this, p)).collect(Collectors.joining("; "));
    }

    private String delimiterName(char delimiter) {
        return switch (delimiter) {
            case ';' -> "«;»";
            case '\t' -> getTranslation("import.delimiter.tab");
            default -> "«,»";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.pageTitle");
    }
}

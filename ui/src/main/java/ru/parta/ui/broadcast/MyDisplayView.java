package ru.parta.ui.broadcast;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.parta.access.Role;
import ru.parta.base.event.EventBus;
import ru.parta.broadcast.BroadcastChanged;
import ru.parta.broadcast.BroadcastInfo;
import ru.parta.broadcast.BroadcastKind;
import ru.parta.broadcast.BroadcastService;
import ru.parta.broadcast.DisplayChanged;
import ru.parta.broadcast.DisplayInfo;
import ru.parta.broadcast.DisplayService;
import ru.parta.broadcast.NewBroadcast;
import ru.parta.files.MaterialEntry;
import ru.parta.files.MaterialFolder;
import ru.parta.files.MaterialService;
import ru.parta.files.StoredFile;
import ru.parta.school.SchoolClass;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.Coalesced;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.home.MainLayout;

/**
 * A teacher's classroom display during a lesson, made for a phone: which of their rooms, what it
 * shows now (confirmed by the display) with big controls, and a material of their classes to show
 * with one tap (a PDF as slides, a picture, a video), or a short text on the board.
 */
@Prototype
@Route(value = Routes.MY_DISPLAY, layout = MainLayout.class)
@AllowedRoles({Role.TEACHER, Role.ADMIN, Role.DIRECTOR})
public class MyDisplayView extends VerticalLayout implements HasDynamicTitle {

    private final DisplayService displays;
    private final BroadcastService broadcasts;
    private final MaterialService materials;
    private final SchoolService school;
    private final Select<DisplayInfo> room = new Select<>();
    private final Div now = new Div();
    private final Span presence = new Span();
    private final Paragraph idle = new Paragraph();
    private final RunningList current;
    private final Div library = new Div();
    /** Displays' confirmations and connections: one refresh a moment after a burst of them. */
    private static final java.time.Duration CONFIRMATIONS = java.time.Duration.ofMillis(300);
    private final AtomicBoolean refreshing = new AtomicBoolean();

    public MyDisplayView(DisplayService displays, BroadcastService broadcasts, MaterialService materials,
                         SchoolService school, EventBus events) {
        this.displays = displays;
        this.broadcasts = broadcasts;
        this.materials = materials;
        this.school = school;
        this.current = new RunningList(broadcasts, "myDisplay.nothing");
        addClassName("page");
        addClassName("my-display");
        add(new H2(getTranslation("myDisplay.title")));
        List<DisplayInfo> mine = mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("myDisplay.none"));
            none.setId("my-display-none");
            add(none);
            return;
        }
        room.setLabel(getTranslation("myDisplay.room"));
        room.setItems(mine);
        room.setItemLabelGenerator(DisplayInfo::name);
        room.setValue(mine.getFirst());
        room.setId("my-display-room");
        room.setVisible(mine.size() > 1);
        room.addValueChangeListener(change -> show());
        now.setId("my-display-now");
        idle.setId("my-display-idle");
        now.add(presence, idle, current);
        library.setId("my-display-library");
        add(room, now, board(), library);
        showLibrary();
        show();
        Coalesced.follow(this, events, DisplayChanged.class, CONFIRMATIONS, this::show);
        LiveUpdates.follow(this, events, BroadcastChanged.class, e -> refreshing.compareAndSet(false, true), e -> show());
    }

    /** The displays of the teacher's rooms (administrators and the director: every display). */
    private List<DisplayInfo> mine() {
        long viewer = CurrentAccount.actor().accountId();
        return displays.findDisplays(viewer);
    }

    private void show() {
        refreshing.set(false);
        DisplayInfo chosen = room.getValue();
        if (chosen == null) {
            return;
        }
        long viewer = CurrentAccount.actor().accountId();
        Optional<DisplayInfo> fresh = mine().stream().filter(d -> d.id() == chosen.id()).findFirst();
        if (fresh.isEmpty()) {
            presence.setText(getTranslation("display.notFound"));
            return;
        }
        List<BroadcastInfo> running = broadcasts.findRunning(viewer);
        Map<Long, BroadcastInfo> byId = running.stream().collect(Collectors.toMap(BroadcastInfo::id, Function.identity()));
        DisplayInfo display = fresh.get();
        presence.setText(display.name() + " · " + ShownText.presence(this, display, school.zone()));
        presence.setClassName("display-online", display.online());
        presence.setClassName("display-offline", !display.online());
        BroadcastInfo on = display.broadcastId() == null ? null : byId.get(display.broadcastId());
        idle.setVisible(on == null);
        idle.setText(getTranslation("myDisplay.idle", ShownText.shown(this, display, byId)));
        current.setVisible(on != null);
        current.show(on == null ? List.of() : List.of(on), List.of(display), running);
    }

    /** A short text on the board: today's topic, homework. */
    private Div board() {
        TextArea text = new TextArea(getTranslation("myDisplay.text"));
        text.setMaxLength(2000);
        text.setWidthFull();
        text.setId("my-display-text");
        Button show = new Button(getTranslation("myDisplay.showText"), VaadinIcon.TEXT_LABEL.create(), click -> {
            start(new NewBroadcast(BroadcastKind.ANNOUNCEMENT, null, text.getValue(), null, List.of(), null, false,
                    List.of(room.getValue().id()), false, null));
            text.clear();
        });
        show.setId("my-display-show-text");
        Div board = new Div(new H3(getTranslation("myDisplay.boardTitle")), text, show);
        board.addClassName("broadcast-form");
        return board;
    }

    private void showLibrary() {
        long viewer = CurrentAccount.actor().accountId();
        Select<SchoolClass> schoolClass = new Select<>();
        schoolClass.setLabel(getTranslation("myDisplay.class"));
        schoolClass.setItems(materials.findClasses(viewer));
        schoolClass.setItemLabelGenerator(SchoolClass::label);
        schoolClass.setId("my-display-class");
        Select<MaterialFolder> folder = new Select<>();
        folder.setLabel(getTranslation("myDisplay.folder"));
        folder.setItemLabelGenerator(f -> f.subject() + " — " + f.name());
        folder.setId("my-display-folder");
        Div files = new Div();
        files.addClassName("my-display-files");
        schoolClass.addValueChangeListener(change -> {
            folder.setItems(change.getValue() == null ? List.of() : materials.findFolders(change.getValue().id(), viewer));
            files.removeAll();
        });
        folder.addValueChangeListener(change -> {
            files.removeAll();
            if (change.getValue() != null) {
                materials.findMaterials(change.getValue().id(), viewer).stream().map(MaterialEntry::file)
                        .filter(f -> kindOf(f) != null).forEach(f -> files.add(fileLine(f)));
                if (files.getComponentCount() == 0) {
                    files.add(new Paragraph(getTranslation("myDisplay.nothingToShow")));
                }
            }
        });
        Div pickers = new Div(schoolClass, folder);
        pickers.addClassName("form-row");
        library.add(new H3(getTranslation("myDisplay.libraryTitle")), pickers, files);
    }

    private Div fileLine(StoredFile file) {
        Button show = new Button(getTranslation("myDisplay.show"), VaadinIcon.PLAY.create(), click ->
                start(NewBroadcast.ofFile(kindOf(file), file.id(), List.of(room.getValue().id()))));
        show.setId("my-display-file-" + file.id());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Span name = new Span(file.name());
        name.addClassName("my-display-file-name");
        Div line = new Div(name, show);
        line.addClassName("my-display-file");
        return line;
    }

    private static BroadcastKind kindOf(StoredFile file) {
        return file.isPdf() ? BroadcastKind.SLIDES : file.isImage() ? BroadcastKind.IMAGES
                : file.isVideo() ? BroadcastKind.VIDEO : null;
    }

    private void start(NewBroadcast request) {
        Starting.start(broadcasts, request, id -> show());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myDisplay.title");
    }
}

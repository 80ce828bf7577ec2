package ru.parta.ui.moderation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Locale;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.moderation.FilterAction;
import ru.parta.moderation.FilterCategory;
import ru.parta.moderation.FilterListService;
import ru.parta.moderation.FilterVerdict;
import ru.parta.moderation.ListEntry;
import ru.parta.moderation.ListKind;
import ru.parta.moderation.ModerationReason;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.UiErrors;
import ru.parta.ui.home.MainLayout;

/**
 * The school's own filter list for administrators: add a word, a phrase or a pattern with what the
 * filter does on a match and the reason moderators see, remove one, and try a text against the
 * filter as it stands (Parta's vocabulary and this list), before a student does.
 */
@Prototype
@Route(value = Routes.MODERATION_LIST, layout = MainLayout.class)
@AllowedRoles(Role.ADMIN)
public class FilterListView extends VerticalLayout implements HasDynamicTitle {

    private final FilterListService lists;
    private final Grid<ListEntry> entries = new Grid<>();
    private final TextField entry = new TextField();
    private final Select<ListKind> kind = new Select<>();
    private final Select<FilterAction> action = new Select<>();
    private final Select<ModerationReason> reason = new Select<>();
    private final TextField note = new TextField();

    public FilterListView(FilterListService lists) {
        this.lists = lists;
        addClassName("page");
        add(new H2(getTranslation("filterList.title")), new Paragraph(getTranslation("filterList.hint")));
        Paragraph actions = new Paragraph(getTranslation("filterList.actions.hint"));
        actions.addClassName("filter-list-note");
        add(new H3(getTranslation("filterList.vocabulary")), vocabulary(), actions, new H3(getTranslation("filterList.own")),
                form(), tryOut(), new H3(getTranslation("filterList.entries")), grid());
        showEntries();
    }

    /** What the filter does with each category of Parta's vocabulary; a change is saved at once. */
    private Div vocabulary() {
        Div box = new Div();
        box.addClassName("filter-list-form");
        lists.findCategoryActions(CurrentAccount.actor()).forEach((category, current) -> {
            Select<FilterAction> choice = new Select<>();
            choice.setLabel(getTranslation("filterList.category." + category.name().toLowerCase(Locale.ROOT)));
            choice.setItems(category == FilterCategory.OBSCENE ? List.of(FilterAction.REFUSE, FilterAction.HOLD)
                    : List.of(FilterAction.values()));
            choice.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
            choice.setValue(current);
            choice.setId("filter-category-" + category.name().toLowerCase(Locale.ROOT));
            choice.addValueChangeListener(change -> {
                if (!change.isFromClient()) {
                    return;
                }
                try {
                    lists.setCategoryAction(category, change.getValue(), CurrentAccount.actor());
                    Notification.show(getTranslation("filterList.category.saved"), 3000,
                            Notification.Position.BOTTOM_CENTER);
                } catch (PartaException refused) {
                    choice.setValue(change.getOldValue());
                    UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
                }
            });
            box.add(choice);
        });
        return box;
    }

    private Div form() {
        entry.setLabel(getTranslation("filterList.entry"));
        entry.setHelperText(getTranslation("filterList.entry.hint"));
        entry.setMaxLength(200);
        entry.setId("filter-list-entry");
        kind.setLabel(getTranslation("filterList.kind"));
        kind.setItems(ListKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(ListKind.WORDS);
        kind.setId("filter-list-kind");
        action.setLabel(getTranslation("filterList.action"));
        action.setItems(FilterAction.values());
        action.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        action.setValue(FilterAction.FLAG);
        action.setId("filter-list-action");
        reason.setLabel(getTranslation("filterList.reason"));
        reason.setItems(ModerationReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        reason.setValue(ModerationReason.UNLAWFUL);
        reason.setId("filter-list-reason");
        note.setLabel(getTranslation("filterList.note"));
        note.setMaxLength(200);
        note.setId("filter-list-note");
        Button add = new Button(getTranslation("filterList.add"), VaadinIcon.PLUS.create(), click -> addEntry());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("filter-list-add");
        Div form = new Div(entry, kind, action, reason, note, add);
        form.addClassName("filter-list-form");
        return form;
    }

    private void addEntry() {
        try {
            lists.addListEntry(entry.getValue(), kind.getValue(), action.getValue(), reason.getValue(), note.getValue(),
                    CurrentAccount.actor());
            entry.clear();
            note.clear();
            showEntries();
        } catch (PartaException refused) {
            UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    /** A text tried against the filter as posting would meet it now. */
    private Div tryOut() {
        TextArea sample = new TextArea(getTranslation("filterList.try"));
        sample.setId("filter-list-try");
        sample.setMaxLength(2_000);
        Paragraph verdict = new Paragraph();
        verdict.setId("filter-list-verdict");
        Button check = new Button(getTranslation("filterList.check"), click -> {
            FilterVerdict result = lists.checkText(sample.getValue(), CurrentAccount.actor());
            verdict.setText(result.passed() ? getTranslation("filterList.verdict.pass")
                    : getTranslation("filterList.verdict.caught", getTranslation(FilterAction.valueOf(result.action())
                    .messageKey()), getTranslation("moderation.category." + result.category().toLowerCase(Locale.ROOT)),
                    result.word()));
        });
        check.setId("filter-list-check");
        Div box = new Div(sample, check, verdict);
        box.addClassName("filter-list-try");
        return box;
    }

    private Grid<ListEntry> grid() {
        entries.addColumn(ListEntry::entry).setHeader(getTranslation("filterList.entry")).setFlexGrow(2);
        entries.addColumn(e -> getTranslation(e.kind().messageKey())).setHeader(getTranslation("filterList.kind"));
        entries.addColumn(e -> getTranslation(e.action().messageKey())).setHeader(getTranslation("filterList.action"));
        entries.addColumn(e -> getTranslation(e.reason().messageKey())).setHeader(getTranslation("filterList.reason"));
        entries.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("filterList.noteColumn"));
        entries.addComponentColumn(e -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                try {
                    lists.removeListEntry(e.id(), CurrentAccount.actor());
                    showEntries();
                } catch (PartaException refused) {
                    UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("filterList.remove"));
            remove.setId("filter-list-remove-" + e.id());
            return remove;
        }).setFlexGrow(0).setWidth("4rem");
        entries.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.setAllRowsVisible(true);
        entries.setWidthFull();
        entries.setId("filter-list-entries");
        return entries;
    }

    private void showEntries() {
        List<ListEntry> current = lists.findListEntries(CurrentAccount.actor());
        entries.setItems(current);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("filterList.title");
    }
}

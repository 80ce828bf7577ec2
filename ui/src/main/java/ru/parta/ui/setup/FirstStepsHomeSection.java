package ru.parta.ui.setup;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.setup.FirstStep;
import ru.parta.setup.FirstSteps;
import ru.parta.ui.Routes;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.HomeSection;

/**
 * An administrator's checklist for a new school, on top of the home page: each step links to its
 * screen and is ticked by the school's real state; the list goes once every step is done.
 */
@Singleton
class FirstStepsHomeSection implements HomeSection {

    private static final Map<FirstStep.Kind, String> SCREENS = Map.of(
            FirstStep.Kind.SCHOOL_PROFILE, Routes.SCHOOL_PROFILE,
            FirstStep.Kind.CLASSES, Routes.CLASSES,
            FirstStep.Kind.IMPORT_PEOPLE, Routes.IMPORT,
            FirstStep.Kind.PRINT_SLIPS, Routes.CLASSES,
            FirstStep.Kind.INVITE_TEACHERS, Routes.INVITATIONS,
            FirstStep.Kind.JOIN_REQUESTS, Routes.REQUESTS);

    private final FirstSteps firstSteps;

    FirstStepsHomeSection(FirstSteps firstSteps) {
        this.firstSteps = firstSteps;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Component create(AccountSummary viewer) {
        Div section = new Div();
        if (!viewer.hasRole(Role.ADMIN)) {
            section.setVisible(false);
            return section;
        }
        List<FirstStep> steps = firstSteps.findFirstSteps(CurrentAccount.actor());
        if (steps.stream().allMatch(FirstStep::done)) {
            section.setVisible(false);
            return section;
        }
        section.addClassName("first-steps");
        section.setId("first-steps");
        section.add(new H3(section.getTranslation("firstSteps.title")));
        OrderedList list = new OrderedList();
        for (FirstStep step : steps) {
            String key = "firstSteps." + step.kind().name().toLowerCase(Locale.ROOT);
            Span mark = new Span(step.done() ? "✓" : "");
            mark.addClassName("first-step-mark");
            mark.getElement().setAttribute("aria-hidden", "true");
            Anchor link = new Anchor(SCREENS.get(step.kind()), section.getTranslation(key));
            Span state = new Span(section.getTranslation(step.done() ? "firstSteps.done" : "firstSteps.todo"));
            state.addClassName("first-step-state");
            ListItem item = new ListItem(mark, link, state);
            item.addClassName(step.done() ? "first-step-done" : "first-step-todo");
            item.getElement().setAttribute("data-step", step.kind().name());
            list.add(item);
        }
        section.add(new Span(section.getTranslation("firstSteps.intro")), list);
        return section;
    }
}

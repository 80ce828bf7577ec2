package ru.parta.ui.rules;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import ru.parta.base.PartaException;
import ru.parta.rules.PublishedRules;
import ru.parta.rules.RulesService;
import ru.parta.rules.RulesText;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.access.RulesPage;
import ru.parta.ui.base.UiErrors;
import ru.parta.ui.home.MainLayout;

/**
 * The school's current rules, read and accepted before anything else; the guard brings people here
 * at sign-in and, after a new edition, on their next navigation.
 */
@Prototype
@Route(value = Routes.RULES_ACCEPT, layout = MainLayout.class)
@AnyRole
@RulesPage
public class RulesAcceptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final RulesService rules;
    private final SchoolService school;

    public RulesAcceptView(RulesService rules, SchoolService school) {
        this.rules = rules;
        this.school = school;
        addClassName("page");
        addClassName("rules-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        PublishedRules current = rules.findCurrentRules().orElse(null);
        if (current == null || CurrentAccount.hasAcceptedRules(rules)) {
            event.forwardTo(Routes.HOME);
            return;
        }
        add(new H2(getTranslation("rules.accept.title")), new Paragraph(getTranslation("rules.accept.intro",
                current.number(), DATE.format(current.publishedAt().atZone(school.zone())))));
        for (RulesText document : current.documents()) {
            Div text = new Div(document.body());
            text.addClassName("rules-text");
            add(new H3(document.title()), text);
        }
        Button accept = new Button(getTranslation("rules.accept.button"), click -> {
            try {
                rules.acceptRules(current.editionId(), CurrentAccount.actor());
                UI.getCurrent().navigate(Routes.HOME);
            } catch (PartaException refused) {
                UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
                UI.getCurrent().getPage().reload();
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("rules-accept");
        add(accept);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rules.accept.title");
    }
}

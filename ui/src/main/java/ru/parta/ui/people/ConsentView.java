package ru.parta.ui.people;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.stream.Collectors;
import ru.parta.access.AccountSummary;
import ru.parta.access.SessionService;
import ru.parta.base.PartaException;
import ru.parta.people.ChildConsentService;
import ru.parta.people.Consent;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.ConsentPage;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.ConsentText;
import ru.parta.ui.base.UiErrors;
import ru.parta.ui.home.MainLayout;

/**
 * Asked of a parent at sign-in when a child was linked to them after their activation: the
 * children, the consent text, accept or sign out. Nothing else opens until they answer.
 */
@Prototype
@Route(value = Routes.CONSENT, layout = MainLayout.class)
@AnyRole
@ConsentPage
public class ConsentView extends VerticalLayout implements HasDynamicTitle {

    public ConsentView(ChildConsentService childConsents, SessionService sessions) {
        AccountSummary me = CurrentAccount.get().orElseThrow();
        List<AccountSummary> children = childConsents.findChildrenAwaitingConsent(me.id());
        setMaxWidth("44rem");
        add(new H2(getTranslation("consent.page.title")));
        if (children.isEmpty()) {
            add(new Paragraph(getTranslation("consent.page.nothing")));
            return;
        }
        UnorderedList names = new UnorderedList(children.stream().map(c -> new ListItem(c.fullName()))
                .toArray(ListItem[]::new));
        names.setId("consent-children");
        Checkbox accept = new Checkbox(getTranslation("activation.consent.accept"));
        accept.setId("consent-accept");
        Button confirm = new Button(getTranslation("consent.page.confirm"), click -> {
            if (!accept.getValue()) {
                UiErrors.show(getTranslation("consent.page.required"));
                return;
            }
            try {
                childConsents.giveConsent(CurrentAccount.actor(), children.stream().map(AccountSummary::id)
                        .collect(Collectors.toSet()), CurrentAccount.clientAddress());
                UI.getCurrent().navigate(Routes.HOME);
            } catch (PartaException e) {
                UiErrors.show(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        confirm.setId("consent-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button signOut = new Button(getTranslation("shell.signOut"), click -> CurrentAccount.signOut(sessions));
        signOut.setId("consent-sign-out");
        add(new Paragraph(getTranslation("consent.page.intro")), names,
                ConsentText.of(this, Consent.CURRENT_VERSION), accept, new Paragraph(getTranslation("consent.page.decline")),
                toolbar(confirm, signOut));
    }

    private static com.vaadin.flow.component.html.Div toolbar(Button... buttons) {
        com.vaadin.flow.component.html.Div row = new com.vaadin.flow.component.html.Div(buttons);
        row.addClassName("toolbar");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consent.page.title");
    }
}

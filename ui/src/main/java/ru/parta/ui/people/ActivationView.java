package ru.parta.ui.people;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.stream.Collectors;
import ru.parta.access.AccountSummary;
import ru.parta.access.Credentials;
import ru.parta.people.ActivationDetails;
import ru.parta.people.ActivationFlow;
import ru.parta.people.Consent;
import ru.parta.school.School;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.access.PublicPage;
import ru.parta.ui.base.LanguageSwitch;
import ru.parta.ui.base.UiErrors;

/**
 * Activation, reachable without signing in (the slips' QR codes open it with the code filled in):
 * the code first, then who it belongs to, a login and a password of the person's choosing, and
 * for parents the consent to processing personal data. Success signs the person in.
 */
@Prototype
@Route(Routes.ACTIVATE)
@PublicPage
public class ActivationView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ActivationFlow flow;
    private final Credentials credentials;
    private final ru.parta.access.SessionService sessions;
    private final Div card = new Div();
    private final TextField code = new TextField();
    private final TextField login = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordAgain = new PasswordField();
    private final Checkbox consent = new Checkbox();
    private final String schoolName;

    public ActivationView(ActivationFlow flow, Credentials credentials, SchoolService schools,
                          ru.parta.access.SessionService sessions) {
        this.flow = flow;
        this.sessions = sessions;
        this.credentials = credentials;
        this.schoolName = schools.findSchool().map(School::name).orElse("");
        addClassName("centered-page");
        card.addClassName("form-card");
        add(card);
        showCodeStep();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("code", List.of());
        if (!given.isEmpty() && !given.getFirst().isBlank()) {
            code.setValue(given.getFirst());
            try {
                showAccountStep(flow.describeCode(code.getValue(), CurrentAccount.clientAddress()));
            } catch (ru.parta.base.PartaException e) {
                UiErrors.show(getTranslation(e.messageKey(), e.arguments()));
            }
        }
    }

    private void showCodeStep() {
        card.removeAll();
        code.setLabel(getTranslation("activation.field.code"));
        code.setId("activation-code");
        code.setPlaceholder("XXXX-XXXX-XXXX");
        code.setWidthFull();
        code.setAutofocus(true);
        Button next = new Button(getTranslation("activation.action.next"), click -> checkCode());
        next.setId("activation-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ENTER);
        next.setWidthFull();
        card.add(header(), new Paragraph(getTranslation("activation.intro")), code, next,
                hint("activation.hint"));
    }

    private void checkCode() {
        showAccountStep(flow.describeCode(code.getValue(), CurrentAccount.clientAddress()));
    }

    private void showAccountStep(ActivationDetails details) {
        card.removeAll();
        AccountSummary person = details.holder().person();
        H2 who = new H2(getTranslation("activation.hello", person.fullName()));
        who.setId("activation-person");
        String roles = person.roles().stream().sorted().map(r -> getTranslation(r.messageKey()))
                .collect(Collectors.joining(", "));
        card.add(header(), who, new Paragraph(roles));
        if (!details.children().isEmpty()) {
            Paragraph children = new Paragraph(getTranslation("activation.children",
                    String.join("; ", details.children())));
            children.setId("activation-children");
            card.add(children);
        }
        login.setLabel(getTranslation("activation.field.login"));
        login.setHelperText(getTranslation("activation.field.login.help"));
        login.setId("activation-login");
        login.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        login.setWidthFull();
        password.setLabel(getTranslation("activation.field.password"));
        password.setHelperText(getTranslation("activation.field.password.help", credentials.passwordMinLength()));
        password.setId("activation-password");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        password.setWidthFull();
        passwordAgain.setLabel(getTranslation("activation.field.passwordAgain"));
        passwordAgain.setId("activation-password-again");
        passwordAgain.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        passwordAgain.setWidthFull();
        card.add(login, password, passwordAgain);
        if (details.consentRequired()) {
            Paragraph text = ru.parta.ui.base.ConsentText.of(this, details.consentVersion());
            consent.setLabel(getTranslation("activation.consent.accept"));
            consent.setId("activation-consent");
            card.add(text, consent);
        }
        Button activate = new Button(getTranslation("activation.action.activate"), click -> activate(details));
        activate.setId("activation-submit");
        activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        activate.addClickShortcut(Key.ENTER);
        activate.setWidthFull();
        card.add(activate);
    }

    private void activate(ActivationDetails details) {
        try {
            if (!password.getValue().equals(passwordAgain.getValue())) {
                UiErrors.show(getTranslation("activation.passwordsDiffer"));
                return;
            }
            AccountSummary account = flow.activatePerson(code.getValue(), login.getValue(), password.getValue(),
                    details.consentRequired() && consent.getValue(), CurrentAccount.clientAddress());
            CurrentAccount.signIn(account, sessions, password.getValue());
            getUI().ifPresent(ui -> ui.navigate(Routes.HOME));
        } finally {
            password.clear();
            passwordAgain.clear();
        }
    }

    private Div header() {
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("brand");
        Paragraph school = new Paragraph(schoolName);
        school.addClassName("school-name");
        return new Div(new LanguageSwitch(), title, school);
    }

    private Paragraph hint(String key) {
        Paragraph hint = new Paragraph(getTranslation(key));
        hint.addClassName("hint");
        return hint;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activation.title");
    }
}

package ru.parta.ui.access;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import ru.parta.access.AccountSummary;
import ru.parta.access.AuthenticationService;
import ru.parta.school.School;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.base.LanguageSwitch;

/** The sign-in page: login and password; throttling and errors come from the service. */
@Prototype
@Route(Routes.LOGIN)
@PublicPage(sendSignedInHome = true)
public class LoginView extends VerticalLayout implements HasDynamicTitle,
        com.vaadin.flow.router.BeforeEnterObserver {

    /** Where to go after signing in: only an invitation page of this server, never an outside address. */
    private static final java.util.regex.Pattern NEXT = java.util.regex.Pattern.compile("(join|chat-join)/[A-Za-z0-9_-]{32}");

    private final AuthenticationService authentication;
    private final ru.parta.access.SessionService sessions;
    private final TextField login = new TextField();
    private final PasswordField password = new PasswordField();
    private String next = Routes.HOME;

    public LoginView(AuthenticationService authentication, SchoolService schoolService,
                     ru.parta.access.SessionService sessions) {
        this.authentication = authentication;
        this.sessions = sessions;
        addClassName("centered-page");

        Div card = new Div();
        card.addClassName("form-card");
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("brand");
        Paragraph school = new Paragraph(schoolService.findSchool().map(School::name).orElse(""));
        school.addClassName("school-name");

        login.setLabel(getTranslation("login.field.login"));
        login.setId("login");
        login.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        login.setAutofocus(true);
        login.setWidthFull();
        password.setLabel(getTranslation("login.field.password"));
        password.setId("password");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();

        Button signIn = new Button(getTranslation("login.action.signIn"), click -> signIn());
        signIn.setId("sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        signIn.setWidthFull();

        card.add(new LanguageSwitch(), title, school, login, password, signIn,
                new Paragraph(getTranslation("login.hint")));
        add(card);
    }

    private void signIn() {
        try {
            AccountSummary account = authentication.signIn(login.getValue(), password.getValue(),
                    CurrentAccount.clientAddress());
            CurrentAccount.signIn(account, sessions, password.getValue());
            getUI().ifPresent(ui -> ui.navigate(next));
        } finally {
            password.clear();
        }
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("next")
                .filter(target -> NEXT.matcher(target).matches()).ifPresent(target -> next = target);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}

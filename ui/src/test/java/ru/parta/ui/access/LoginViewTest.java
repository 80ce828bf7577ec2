package ru.parta.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.parta.access.AccountService;
import ru.parta.access.Actor;
import ru.parta.access.Role;
import ru.parta.setup.SetupRequest;
import ru.parta.setup.SetupService;
import ru.parta.ui.Routes;
import ru.parta.ui.home.ForbiddenView;
import ru.parta.ui.home.HomeView;
import ru.parta.ui.support.MicronautBrowserlessTest;
import ru.parta.ui.testviews.TeachersOnlyTestView;

@MicronautTest(startApplication = false, transactional = false)
class LoginViewTest extends MicronautBrowserlessTest {

    @Inject
    SetupService setupService;

    @Inject
    AccountService accountService;

    @BeforeEach
    void schoolIsSetUp() {
        if (!setupService.isSetupComplete()) {
            String code = setupService.issueSetupCode().orElseThrow();
            setupService.completeSetup(new SetupRequest(code, "Школа №1", "Europe/Moscow", "Смирнова Ольга",
                    "smirnova", "Admin-2026"), "127.0.0.1");
            accountService.createAccount("Иванова Мария Петровна", "ivanova", "Klass5A-2026", Set.of(Role.TEACHER),
                    Actor.SYSTEM, null);
        }
    }

    @Test
    void signedOutPeopleAreSentToSignIn() {
        assertInstanceOf(LoginView.class, open(Routes.HOME));
        assertInstanceOf(LoginView.class, open("test/teachers"));
        assertInstanceOf(LoginView.class, open(Routes.FORBIDDEN));
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessageAndTheRightOneOpensHome() {
        open(Routes.LOGIN);
        signIn("smirnova", "wrong-password-1");
        assertTrue(notifications().contains("Неверный логин или пароль."), notifications().toString());
        assertInstanceOf(LoginView.class, getCurrentView());
        assertEquals("", $(PasswordField.class).id("password").getValue(), "the password is not kept");

        signIn("smirnova", "Admin-2026");
        assertInstanceOf(HomeView.class, getCurrentView());
        assertEquals("Здравствуйте, Смирнова Ольга!", test($(H2.class).id("greeting")).getText());
        org.jsoup.nodes.Document shell = org.jsoup.Jsoup.parseBodyFragment($(com.vaadin.flow.component.html.Div.class)
                .withClassName("shell-header").single().getElement().getProperty("innerHTML"));
        assertEquals("Смирнова Ольга", shell.select("#current-person").text());
        assertEquals("Администратор", shell.select("#current-roles").text());
        assertEquals(1, shell.select("#language-en[data-action=language-en]").size());
        assertTrue($(Button.class).id("sign-out").getIcon() != null, "an icon component: the page loads the icons");
        assertInstanceOf(HomeView.class, open(Routes.LOGIN), "a signed-in person skips the sign-in page");
    }

    @Test
    void rolesAreCheckedBeforeTheViewIsBuilt() {
        open(Routes.LOGIN);
        signIn("smirnova", "Admin-2026");
        int builtBefore = TeachersOnlyTestView.BUILT.get();
        assertInstanceOf(ForbiddenView.class, open("test/teachers"));
        assertEquals(builtBefore, TeachersOnlyTestView.BUILT.get(), "the refused view was never created");
        assertInstanceOf(ForbiddenView.class, open("test/undeclared"), "a route without roles is closed");
    }

    @Test
    void theRightRoleEntersARestrictedRoute() {
        open(Routes.LOGIN);
        signIn("ivanova", "Klass5A-2026");
        assertInstanceOf(TeachersOnlyTestView.class, open("test/teachers"));
    }

    @Test
    void englishIsOneClickAway() {
        open(Routes.LOGIN);
        assertEquals("Войти", $(Button.class).id("sign-in").getText());
        test($(Button.class).id("language-en")).click();
        assertEquals(Locale.ENGLISH, VaadinSession.getCurrent().getLocale());
        open(Routes.HOME);
        assertEquals("Sign in", $(Button.class).id("sign-in").getText());
        assertEquals("Login", $(TextField.class).id("login").getLabel());
        signIn("nobody", "wrong-password-2");
        assertTrue(notifications().contains("Wrong login or password."), notifications().toString());
    }

    private void signIn(String login, String password) {
        test($(TextField.class).id("login")).setValue(login);
        test($(PasswordField.class).id("password")).setValue(password);
        click($(Button.class).id("sign-in"));
    }
}

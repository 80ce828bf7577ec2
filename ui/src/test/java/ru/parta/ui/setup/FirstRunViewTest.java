package ru.parta.ui.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.parta.school.SchoolService;
import ru.parta.setup.SetupService;
import ru.parta.ui.access.LoginView;
import ru.parta.ui.Routes;
import ru.parta.ui.support.MicronautBrowserlessTest;

@MicronautTest(startApplication = false, transactional = false)
class FirstRunViewTest extends MicronautBrowserlessTest {

    @Inject
    SetupService setupService;

    @Inject
    SchoolService schoolService;

    @Test
    void anEmptyInstallationShowsOnlyTheWizardUntilItIsDoneAndNeverAfter() {
        String code = setupService.issueSetupCode().orElseThrow();
        assertInstanceOf(FirstRunView.class, open(Routes.HOME), "every page leads to the wizard first");
        assertInstanceOf(FirstRunView.class, open(Routes.LOGIN));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<String> zone =
                $(com.vaadin.flow.component.combobox.ComboBox.class).id("timeZone");
        if (java.time.ZoneId.systemDefault().normalized().equals(java.time.ZoneOffset.UTC)) {
            assertEquals("Europe/Moscow", zone.getValue(), "a server left on UTC starts the school at Moscow");
        }
        assertEquals("(UTC+03:00) Москва (МСК)", zone.getItemLabelGenerator().apply("Europe/Moscow"));
        assertEquals("(UTC+02:00) Калининград (МСК−1)", zone.getItemLabelGenerator().apply("Europe/Kaliningrad"));

        fill("Школа №1", "Смирнова Ольга", "smirnova", "Admin-2026", "Admin-2026");
        type("setupCode", "WRON-GCOD-E123");
        click();
        assertTrue(notifications().contains("Неверный код настройки. Код напечатан в журнале сервера при запуске."),
                notifications().toString());
        assertInstanceOf(FirstRunView.class, getCurrentView());

        type("setupCode", code);
        password("adminPasswordAgain", "Admin-2027");
        click();
        assertTrue(notifications().contains("Пароли не совпадают."), notifications().toString());
        assertFalse(setupService.isSetupComplete());

        password("adminPassword", "short");
        password("adminPasswordAgain", "short");
        click();
        assertTrue(notifications().contains("Пароль должен быть не короче 8 символов."), notifications().toString());

        password("adminPassword", "Admin-2026");
        password("adminPasswordAgain", "Admin-2026");
        click();
        assertInstanceOf(LoginView.class, getCurrentView(), "after setup the wizard hands over to sign-in");
        assertTrue(setupService.isSetupComplete());
        assertEquals("Школа №1", schoolService.findSchool().orElseThrow().name());

        assertInstanceOf(LoginView.class, open(Routes.SETUP), "the wizard is gone for good");
    }

    private void fill(String school, String name, String login, String password, String again) {
        type("schoolName", school);
        type("adminName", name);
        type("adminLogin", login);
        password("adminPassword", password);
        password("adminPasswordAgain", again);
    }

    private void type(String id, String value) {
        test($(TextField.class).id(id)).setValue(value);
    }

    private void password(String id, String value) {
        test($(PasswordField.class).id(id)).setValue(value);
    }

    private void click() {
        click($(Button.class).id("finish-setup"));
    }
}

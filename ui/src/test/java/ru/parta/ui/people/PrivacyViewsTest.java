package ru.parta.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.parta.access.AccountService;
import ru.parta.base.audit.AuditEvent;
import ru.parta.people.OptOutView;
import ru.parta.people.PersonRow;
import ru.parta.people.PersonaSchool;
import ru.parta.ui.Routes;
import ru.parta.ui.account.MyAccountView;
import ru.parta.ui.account.SecurityView;
import ru.parta.ui.support.MicronautBrowserlessTest;

@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class PrivacyViewsTest extends MicronautBrowserlessTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    AccountService accounts;

    @Test
    void aPersonChangesTheirPasswordOnTheirOwnPage() {
        PersonaSchool.Persona p = personaSchool.create();
        signInAs("petrova", PersonaSchool.PASSWORD);
        assertInstanceOf(MyAccountView.class, open(Routes.ACCOUNT));
        test($(PasswordField.class).id("account-current-password")).setValue("wrong");
        test($(PasswordField.class).id("account-new-password")).setValue("Nov-Parol-7");
        test($(PasswordField.class).id("account-new-password-again")).setValue("Nov-Parol-7");
        click($(Button.class).id("account-change-password"));
        assertTrue(notifications().contains("Текущий пароль введён неверно."), notifications().toString());
        test($(PasswordField.class).id("account-current-password")).setValue(PersonaSchool.PASSWORD);
        test($(PasswordField.class).id("account-new-password")).setValue("Nov-Parol-7");
        test($(PasswordField.class).id("account-new-password-again")).setValue("Nov-Parol-7");
        click($(Button.class).id("account-change-password"));
        assertTrue(notifications().stream().anyMatch(n -> n.startsWith("Пароль изменён")), notifications().toString());
        click($(Button.class).id("account-erase-me"));
        assertFalse($(Button.class).id("account-erase-me").isEnabled(), "the request waits");
        assertEquals(p.petrova(), accounts.findAccount(p.petrova()).orElseThrow().id());
    }

    @Test
    void anAdministratorRecordsARefusalAndReadsTheSecurityLog() {
        PersonaSchool.Persona p = personaSchool.create();
        signInAs("smirnova", PersonaSchool.PASSWORD);
        assertInstanceOf(PrivacyView.class, open(Routes.PRIVACY));
        test($(TextField.class).id("opt-out-parent")).setValue("Сидоров Игорь");
        @SuppressWarnings("unchecked")
        ComboBox<PersonRow> child = $(ComboBox.class).id("opt-out-child");
        test(child).selectItem("Сидорова Анна, 5А");
        test($(DatePicker.class).id("opt-out-date")).setValue(LocalDate.of(2026, 9, 1));
        test($(TextField.class).id("opt-out-contact")).setValue("+7 912 111-22-33");
        click($(Button.class).id("opt-out-record"));
        @SuppressWarnings("unchecked")
        Grid<OptOutView> optOuts = $(Grid.class).id("opt-outs");
        assertEquals(1, optOuts.getGenericDataView().getItems().count());

        assertInstanceOf(SecurityView.class, open(Routes.SECURITY));
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> log = $(Grid.class).id("security-log");
        assertTrue(rows(log).stream().anyMatch(e -> e.action().equals("optOut.recorded")));

        signInAs("ivanova", PersonaSchool.PASSWORD);
        open(Routes.PRIVACY);
        @SuppressWarnings("unchecked")
        Grid<OptOutView> hers = $(Grid.class).id("opt-outs");
        assertEquals(1, hers.getGenericDataView().getItems().count(), "the class teacher of 5А sees it");
        assertInstanceOf(ru.parta.ui.home.ForbiddenView.class, open(Routes.SECURITY));
        assertTrue(p.smirnova() > 0);
    }
}

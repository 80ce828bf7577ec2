package ru.parta.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.parta.access.AccountSummary;
import ru.parta.access.ActivationService;
import ru.parta.access.Actor;
import ru.parta.access.Role;
import ru.parta.people.NewPerson;
import ru.parta.people.PeopleService;
import ru.parta.people.PersonRow;
import ru.parta.people.PersonaSchool;
import ru.parta.ui.Routes;
import ru.parta.ui.home.HomeView;
import ru.parta.ui.support.MicronautBrowserlessTest;

@MicronautTest(startApplication = false, transactional = false)
class PeopleViewsTest extends MicronautBrowserlessTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    PeopleService people;

    @Inject
    ActivationService activation;

    private PersonaSchool.Persona persona;

    @BeforeEach
    void school() {
        persona = personaSchool.create();
    }

    @Test
    void anAdministratorBrowsesAndSearchesTheWholeSchool() {
        signInAs("smirnova", PersonaSchool.PASSWORD);
        assertInstanceOf(PeopleView.class, open(Routes.PEOPLE));
        @SuppressWarnings("unchecked")
        Grid<PersonRow> grid = $(Grid.class).id("people-grid");
        assertTrue(rows(grid).size() >= 8);
        test($(TextField.class).id("people-search")).setValue("петров");
        assertEquals(List.of("Иванова Мария Петровна", "Петров Артём", "Петрова Елена"),
                rows(grid).stream().map(PersonRow::fullName).toList());
        assertTrue($(Button.class).withId("people-add").exists());
    }

    @Test
    void aStudentSeesOnlyTheirCircleAndNoAdministration() {
        signInAs("petrov", PersonaSchool.PASSWORD);
        open(Routes.PEOPLE);
        @SuppressWarnings("unchecked")
        Grid<PersonRow> grid = $(Grid.class).id("people-grid");
        assertEquals(Set.of("Петров Артём", "Сидорова Анна", "Иванова Мария Петровна", "Кузнецов Игорь",
                "Петрова Елена"), Set.copyOf(rows(grid).stream().map(PersonRow::fullName).toList()));
        assertFalse($(Button.class).withId("people-add").exists());
        assertInstanceOf(PeopleView.class, open(Routes.person(persona.volkov())), "outside the circle: not shown");
        assertInstanceOf(ru.parta.ui.home.ForbiddenView.class, open(Routes.IMPORT));
    }

    @Test
    void theImportPreviewListsProblemsPerLineAndOffersNoImportThen() {
        signInAs("smirnova", PersonaSchool.PASSWORD);
        ImportView view = (ImportView) open(Routes.IMPORT);
        view.previewFile("ФИО;Класс\nНовый Ученик;5А\nДругой Ученик;9Я\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(test($(Div.class).id("import-summary")).getText().contains("с ошибками: 1"));
        assertFalse($(Button.class).withId("import-confirm").exists(), "no import while lines have problems");
        assertTrue(notifications().stream().anyMatch(n -> n.startsWith("В файле есть ошибки")), notifications().toString());

        view.previewFile("ФИО;Класс\nНовый Ученик;5А\n".getBytes(StandardCharsets.UTF_8));
        assertTrue($(Button.class).withId("import-confirm").exists());
        view.previewFile("Имя;Группа\nX;Y\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(test($(Div.class).id("import-summary")).getText().startsWith("Не найдены столбцы: «ФИО», «Класс»"));
    }

    @Test
    void aFileChosenBeforeItsKindIsReadAgainAsTheKindChosenAfter() {
        signInAs("smirnova", PersonaSchool.PASSWORD);
        ImportView view = (ImportView) open(Routes.IMPORT);
        // Read as students, the line is a new pupil; read as parents, her child is not in the school.
        view.fileChosen("ФИО родителя;ФИО ребёнка;Класс\nПетрова Ольга;Неизвестный Ребёнок;5А\n"
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(test($(Div.class).id("import-summary")).getText().contains("с ошибками: 0"),
                test($(Div.class).id("import-summary")).getText());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<ru.parta.people.RosterKind> kind =
                $(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).id("import-kind");
        kind.setValue(ru.parta.people.RosterKind.PARENTS);
        assertTrue(test($(Div.class).id("import-summary")).getText().contains("с ошибками: 1"),
                "read again as parents: " + test($(Div.class).id("import-summary")).getText());
        assertFalse($(Button.class).withId("import-confirm").exists());
    }

    @Test
    void aParentActivatesWithConsentAndLandsSignedIn() {
        AccountSummary father = people.addPerson(new NewPerson("Петров Сергей", Set.of(Role.PARENT), null, null, null,
                null, Set.of(persona.petrov())), Actor.of(persona.smirnova()));
        String code = activation.findCodes(List.of(father.id())).get(father.id()).displayCode();
        com.vaadin.flow.component.UI.getCurrent().navigate(Routes.ACTIVATE,
                com.vaadin.flow.router.QueryParameters.of("code", code));
        assertInstanceOf(ActivationView.class, getCurrentView());
        assertEquals("Здравствуйте, Петров Сергей!", test($(H2.class).id("activation-person")).getText());
        assertEquals("Ваши дети: Петров Артём, 5А", test($(Paragraph.class).id("activation-children")).getText());
        test($(TextField.class).id("activation-login")).setValue("petrov.s");
        test($(PasswordField.class).id("activation-password")).setValue("Otec-2026");
        test($(PasswordField.class).id("activation-password-again")).setValue("Otec-2026");
        click($(Button.class).id("activation-submit"));
        assertTrue(notifications().contains("Чтобы продолжить, подтвердите согласие на обработку персональных данных."),
                notifications().toString());

        test($(PasswordField.class).id("activation-password")).setValue("Otec-2026");
        test($(PasswordField.class).id("activation-password-again")).setValue("Otec-2026");
        test($(Checkbox.class).id("activation-consent")).click();
        click($(Button.class).id("activation-submit"));
        assertInstanceOf(HomeView.class, getCurrentView());
        assertEquals(2, activation.findConsents(father.id()).size());
    }

    @Test
    void aWrongCodeStaysOnTheFirstStepWithTheReason() {
        open(Routes.ACTIVATE);
        test($(TextField.class).id("activation-code")).setValue("ABCD-EFGH-JKMN");
        click($(Button.class).id("activation-next"));
        assertTrue(notifications().stream().anyMatch(n -> n.startsWith("Неверный код активации")));
        assertTrue($(TextField.class).withId("activation-code").exists());
    }

    @Test
    void anAdministratorVerifiesATeacherAndTheBadgeAppears() {
        signInAs("smirnova", PersonaSchool.PASSWORD);
        open(Routes.person(persona.kuznetsov()));
        assertTrue($(H2.class).id("person-title").getElement().getOuterHTML().contains("Кузнецов Игорь"));
        click($(Button.class).id("person-verify"));
        assertTrue($(H2.class).id("person-title").getElement().getOuterHTML().contains("verified-badge"));
        click($(Button.class).id("person-verify"));
        assertFalse($(H2.class).id("person-title").getElement().getOuterHTML().contains("verified-badge"),
                notifications() + " " + $(H2.class).id("person-title").getElement().getOuterHTML());
    }
}

package ru.parta.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Role;
import ru.parta.people.ChildConsentService;
import ru.parta.people.NewPerson;
import ru.parta.people.PeopleService;
import ru.parta.people.PersonaSchool;
import ru.parta.school.ClassService;
import ru.parta.school.GroupService;
import ru.parta.school.SchoolClass;
import ru.parta.school.SchoolGroup;
import ru.parta.ui.Routes;
import ru.parta.ui.people.ConsentView;
import ru.parta.ui.school.ClassesView;
import ru.parta.ui.support.MicronautBrowserlessTest;

/** The screens of issue 13's corrections: checklist, consent for a later child, unlink, rename, delete. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class AdministratorCorrectionsViewsTest extends MicronautBrowserlessTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    PeopleService people;

    @Inject
    ClassService classes;

    @Inject
    GroupService groups;

    @Inject
    ChildConsentService childConsents;

    @Test
    void theAdministratorsChecklistShowsTheSchoolsRealStateAndOthersNeverSeeIt() {
        personaSchool.create();
        signInAs("smirnova", PersonaSchool.PASSWORD);
        open(Routes.HOME);
        Div steps = $(Div.class).id("first-steps");
        List<String> done = $(ListItem.class, steps).all().stream()
                .filter(item -> item.getClassNames().contains("first-step-done"))
                .map(item -> item.getElement().getAttribute("data-step")).toList();
        assertEquals(List.of("CLASSES", "IMPORT_PEOPLE"), done, "the persona school has classes and people, nothing else yet");

        signInAs("ivanova", PersonaSchool.PASSWORD);
        open(Routes.HOME);
        assertFalse($(Div.class).withId("first-steps").exists(), "a teacher has no administrator's checklist");
    }

    @Test
    void aParentWithAChildLinkedLaterConsentsBeforeAnythingElse() {
        PersonaSchool.Persona p = personaSchool.create();
        AccountSummary younger = people.addPerson(new NewPerson("Петрова Мария", Set.of(Role.STUDENT), p.class6b(),
                null, null, null, Set.of()), Actor.of(p.smirnova()));
        people.linkChild(p.petrova(), younger.id(), Actor.of(p.smirnova()));

        signInAs("petrova", PersonaSchool.PASSWORD);
        assertInstanceOf(ConsentView.class, open(Routes.CHATS), "every screen waits for the consent");
        click($(Button.class).id("consent-confirm"));
        assertTrue(notifications().contains("Отметьте, что вы прочитали текст и даёте согласие."), notifications().toString());
        test($(Checkbox.class).id("consent-accept")).click();
        click($(Button.class).id("consent-confirm"));
        assertTrue(childConsents.findChildrenAwaitingConsent(p.petrova()).isEmpty());
        assertFalse(open(Routes.CHATS) instanceof ConsentView, "then everything opens again");
    }

    @Test
    void anAdministratorUnlinksAWrongChildRenamesAGroupAndDeletesAnEmptyClass() {
        PersonaSchool.Persona p = personaSchool.create();
        people.linkChild(p.petrova(), p.volkov(), Actor.of(p.smirnova()));
        signInAs("smirnova", PersonaSchool.PASSWORD);

        open(Routes.person(p.petrova()));
        Div linked = $(Div.class).id("person-linked-children");
        List<Button> unlink = $(Button.class, linked).all();
        assertEquals(2, unlink.size());
        click(unlink.stream().filter(b -> b.getElement().getAttribute("aria-label").contains("Волков")).findFirst()
                .orElseThrow());
        assertEquals(List.of(p.petrov()), people.findChildIds(p.petrova()));

        SchoolGroup chess = groups.createGroup("Шахматы", Actor.of(p.smirnova()));
        open(Routes.GROUPS);
        @SuppressWarnings("unchecked")
        Grid<SchoolGroup> grid = $(Grid.class).id("groups-grid");
        grid.select(chess);
        test($(TextField.class).id("group-new-name")).setValue("Шахматный клуб");
        click($(Button.class).id("group-rename"));
        assertEquals("Шахматный клуб", groups.findGroup(chess.id()).orElseThrow().name());

        SchoolClass mistake = classes.createClass(9, "Я", null, Actor.of(p.smirnova()));
        open(Routes.schoolClass(mistake.id()));
        click($(Button.class).id("class-delete"));
        click($(Button.class).id("class-delete-confirm"));
        assertTrue(classes.findClass(mistake.id()).isEmpty());

        open(Routes.schoolClass(p.class5a()));
        click($(Button.class).id("class-delete"));
        click($(Button.class).id("class-delete-confirm"));
        assertTrue(notifications().stream().anyMatch(n -> n.contains("в нём есть или были ученики")),
                notifications().toString());
        assertTrue(classes.findClass(p.class5a()).isPresent());
    }
}

package ru.parta.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Role;
import ru.parta.people.NewPerson;
import ru.parta.people.PeopleService;
import ru.parta.people.PersonaSchool;
import ru.parta.ui.Routes;
import ru.parta.ui.support.MicronautBrowserlessTest;

@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class PersonAccountViewTest extends MicronautBrowserlessTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    PeopleService people;

    @Inject
    AccountService accounts;

    @Test
    void anAdministratorSeesAPendingTeachersCodeAndDisablesAnAccount() {
        PersonaSchool.Persona p = personaSchool.create();
        AccountSummary teacher = people.addPerson(new NewPerson("Новая Учительница", Set.of(Role.TEACHER), null, null,
                null, null, Set.of()), Actor.of(p.smirnova()));
        signInAs("smirnova", PersonaSchool.PASSWORD);
        assertInstanceOf(PersonView.class, open(Routes.person(teacher.id())));
        assertTrue(test($(Paragraph.class).id("person-code")).getText().startsWith("Код активации: "));

        open(Routes.person(p.kuznetsov()));
        click($(Button.class).id("person-enable"));
        assertEquals(false, accounts.findPerson(p.kuznetsov()).orElseThrow().enabled());
        click($(Button.class).id("person-enable"));
        assertEquals(true, accounts.findPerson(p.kuznetsov()).orElseThrow().enabled());
    }
}

package ru.parta.ui.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.access.Role;
import ru.parta.invitation.Invitation;
import ru.parta.invitation.InvitationService;
import ru.parta.invitation.InvitationView;
import ru.parta.invitation.JoinRequestView;
import ru.parta.invitation.NewInvitation;
import ru.parta.people.PersonaSchool;
import ru.parta.ui.Routes;
import ru.parta.ui.home.HomeView;
import ru.parta.ui.support.MicronautBrowserlessTest;

@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class InvitationViewsTest extends MicronautBrowserlessTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    InvitationService invitations;

    @Test
    void aTeacherCreatesALinkAndSeesItsQrCode() {
        personaSchool.create();
        signInAs("ivanova", PersonaSchool.PASSWORD);
        assertInstanceOf(InvitationsView.class, open(Routes.INVITATIONS));
        @SuppressWarnings("unchecked")
        ComboBox<InvitationsView.TargetOption> target = $(ComboBox.class).id("invitation-target");
        assertEquals(List.of("класс 5А"), target.getGenericDataView().getItems()
                .map(InvitationsView.TargetOption::label).toList(), "only her own class");
        test(target).selectItem("класс 5А");
        click($(Button.class).id("invitation-create"));
        assertTrue($(TextField.class).id("invitation-link").getValue().contains("/join/"));
        @SuppressWarnings("unchecked")
        Grid<InvitationView> grid = $(Grid.class).id("invitations-grid");
        assertEquals(1, grid.getGenericDataView().getItems().count());
    }

    @Test
    void aNewcomerRegistersThroughALinkAndWaitsThenTheRequestShowsForTheClassTeacher() {
        PersonaSchool.Persona p = personaSchool.create();
        Invitation link = invitations.createInvitation(new NewInvitation(Role.PARENT, p.class5a(), null, 7, null, true,
                null), Actor.of(p.ivanova()));
        assertInstanceOf(JoinView.class, open(Routes.JOIN + "/" + link.token()));
        assertEquals("Вас приглашают: Родитель, класс 5А", test($(H2.class).id("join-what")).getText());
        test($(TextField.class).id("join-name")).setValue("Петров Сергей");
        test($(TextField.class).id("join-login")).setValue("petrov.s");
        test($(PasswordField.class).id("join-password")).setValue("Otec-2026");
        test($(PasswordField.class).id("join-password-again")).setValue("Otec-2026");
        test($(TextField.class).id("join-child")).setValue("Петров Артём");
        test($(Checkbox.class).id("join-consent")).click();
        click($(Button.class).id("join-register"));
        assertInstanceOf(WaitingView.class, getCurrentView());
        assertTrue(test($(Paragraph.class).withClassName("waiting-request").first()).getText()
                .contains("Ожидает решения"));
        assertInstanceOf(WaitingView.class, open(Routes.PEOPLE), "an applicant sees nothing else");

        signInAs("ivanova", PersonaSchool.PASSWORD);
        assertEquals("Заявок на вступление ждут вашего решения: 1.",
                test($(com.vaadin.flow.component.html.Anchor.class).id("home-requests")).getText());
        open(Routes.REQUESTS);
        @SuppressWarnings("unchecked")
        Grid<JoinRequestView> requests = $(Grid.class).id("requests-grid");
        assertEquals(List.of("Петров Сергей"), requests.getGenericDataView().getItems()
                .map(JoinRequestView::applicantName).toList());
    }

    @Test
    void aBrokenLinkExplainsItself() {
        personaSchool.create();
        open(Routes.JOIN + "/" + "x".repeat(32));
        assertTrue(test($(Paragraph.class).id("join-problem")).getText().startsWith("Ссылка-приглашение не найдена"));
        assertInstanceOf(JoinView.class, getCurrentView());
        signInAs("petrova", PersonaSchool.PASSWORD);
        assertInstanceOf(HomeView.class, getCurrentView());
    }
}

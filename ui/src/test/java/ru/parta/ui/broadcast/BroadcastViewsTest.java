package ru.parta.ui.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.parta.base.event.ReactionLane;
import ru.parta.broadcast.BroadcastInfo;
import ru.parta.broadcast.BroadcastService;
import ru.parta.broadcast.DisplayInfo;
import ru.parta.broadcast.DisplayService;
import ru.parta.broadcast.EmergencyService;
import ru.parta.people.PersonaSchool;
import ru.parta.ui.Routes;
import ru.parta.ui.support.MicronautBrowserlessTest;

/** The display screens as their users see them: the control page, the alert, a teacher's own display, plans and the log. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class BroadcastViewsTest extends MicronautBrowserlessTest {

    @Inject
    PersonaSchool personaSchool;
    @Inject
    ReactionLane lane;
    @Inject
    DisplayService displays;
    @Inject
    BroadcastService broadcasts;
    @Inject
    EmergencyService emergencies;

    @Test
    void everyDisplayScreenOpensForItsPeople() {
        PersonaSchool.Persona p = personaSchool.create();
        lane.awaitIdle();
        signInAs("smirnova", PersonaSchool.PASSWORD);
        for (String route : List.of(Routes.BROADCAST, Routes.DISPLAYS, Routes.BROADCAST_PLAN, Routes.BROADCAST_USAGE,
                Routes.MY_DISPLAY)) {
            open(route);
            assertEquals(route, com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath(),
                    "the screen opened, not an error page");
        }
        open(Routes.DISPLAYS);
        assertEquals("Пока ни одного экрана.", $(Div.class).id("displays-list").getChildren()
                .map(c -> ((Paragraph) c).getText()).findFirst().orElse(""));
        signInAs("ivanova", PersonaSchool.PASSWORD);
        open(Routes.MY_DISPLAY);
        assertTrue($(Paragraph.class).id("my-display-none").getText().startsWith("Администратор ещё не назначил"));
        open(Routes.BROADCAST_PLAN);
    }

    @Test
    void anAlertIsRaisedAndClearedFromTheControlPage() {
        PersonaSchool.Persona p = personaSchool.create();
        lane.awaitIdle();
        signInAs("orlov", PersonaSchool.PASSWORD);
        open(Routes.BROADCAST);
        test($(TextArea.class).id("alert-text")).setValue("Штормовое предупреждение: уроки на улице отменены.");
        click($(Button.class).id("alert-raise"));
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).first()).confirm();
        assertTrue(emergencies.findStandingAlert().isPresent());
        assertTrue($(Paragraph.class).id("alert-standing-text").getText().contains("уроки на улице отменены"));
        click($(Button.class).id("alert-clear"));
        assertTrue(emergencies.findStandingAlert().isEmpty());
        assertEquals(1, emergencies.findLatestAlerts(p.orlov()).size());
    }

    @Test
    void aTeacherShowsATextOnHerRoomsDisplayAndDarkensIt() {
        PersonaSchool.Persona p = personaSchool.create();
        lane.awaitIdle();
        long room = ru.parta.broadcast.BroadcastFixtures.pair(displays, p.smirnova(), "Каб. 12", p.ivanova());
        signInAs("ivanova", PersonaSchool.PASSWORD);
        open(Routes.MY_DISPLAY);
        test($(TextArea.class).id("my-display-text")).setValue("Тема урока: десятичные дроби");
        click($(Button.class).id("my-display-show-text"));
        BroadcastInfo shown = broadcasts.findRunning(p.ivanova()).getFirst();
        assertEquals(List.of(room), shown.displayIds());
        click($(Button.class).id("broadcast-blank-" + shown.id()));
        assertTrue(broadcasts.findRunning(p.ivanova()).getFirst().blank());
        click($(Button.class).id("broadcast-stop-" + shown.id()));
        assertTrue(broadcasts.findRunning(p.ivanova()).isEmpty());
        DisplayInfo display = displays.findDisplays(p.ivanova()).getFirst();
        assertEquals(null, display.broadcastId());
    }
}

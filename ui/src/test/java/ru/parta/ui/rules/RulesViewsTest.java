package ru.parta.ui.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.people.PersonaSchool;
import ru.parta.rules.RulesService;
import ru.parta.rules.RulesText;
import ru.parta.ui.Routes;
import ru.parta.ui.chat.ChatsView;
import ru.parta.ui.home.HomeView;
import ru.parta.ui.support.MicronautBrowserlessTest;

@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class RulesViewsTest extends MicronautBrowserlessTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    RulesService rules;

    @Test
    void theRulesComeFirstAtSignInAndAgainAfterANewEdition() {
        PersonaSchool.Persona p = personaSchool.create();
        signInAs("petrov", PersonaSchool.PASSWORD);
        assertInstanceOf(ChatsView.class, open(Routes.CHATS), "no rules published: nothing in the way");

        rules.publishRules(rules.findDraft(), Actor.of(p.smirnova()));
        assertInstanceOf(RulesAcceptView.class, open(Routes.CHATS), "the next navigation asks first");
        assertInstanceOf(RulesAcceptView.class, open(Routes.MATERIALS), "and nothing else opens meanwhile");
        click($(Button.class).id("rules-accept"));
        assertInstanceOf(HomeView.class, getCurrentView());
        assertInstanceOf(ChatsView.class, open(Routes.CHATS));

        rules.publishRules(List.of(new RulesText("Правило вежливого общения", "Пишу вежливо.")),
                Actor.of(p.smirnova()));
        assertInstanceOf(RulesAcceptView.class, open(Routes.CHATS), "a new edition asks again");

        signInAs("orlov", PersonaSchool.PASSWORD);
        assertInstanceOf(RulesAcceptView.class, getCurrentView(), "at sign-in, before anything else");
        click($(Button.class).id("rules-accept"));
        open(Routes.RULES);
        assertTrue($(Span.class).id("rules-accepted-count").getText().startsWith("Редакция 2: приняли 1 из"));
        assertFalse($(Button.class).withId("rules-publish").exists(), "the director reads the list, does not publish");
        assertEquals(RulesView.class, getCurrentView().getClass());
    }
}

package ru.parta.ui.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.event.ReactionLane;
import ru.parta.chat.ChatService;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.NewMessage;
import ru.parta.moderation.FilterAction;
import ru.parta.moderation.ListEntry;
import ru.parta.moderation.ListKind;
import ru.parta.moderation.ModerationReason;
import ru.parta.people.PersonaSchool;
import ru.parta.ui.Routes;
import ru.parta.ui.support.MicronautBrowserlessTest;

/** The school's list, the queue's flags, terms and escalation, and the statistics, as their screens show them. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class ModerationViewsTest extends MicronautBrowserlessTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ChatService chats;

    @Inject
    ReactionLane lane;

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorKeepsTheListAndAClassTeacherActsOnWhatItFlagged() {
        PersonaSchool.Persona p = personaSchool.create();
        lane.awaitIdle();
        signInAs("smirnova", PersonaSchool.PASSWORD);
        open(Routes.MODERATION_LIST);
        Select<FilterAction> insults = $(Select.class).id("filter-category-insult");
        assertEquals(FilterAction.REFUSE, insults.getValue());
        test(insults).selectItem("задержать до проверки");
        assertEquals(FilterAction.HOLD, beanContext.getBean(ru.parta.moderation.FilterListService.class)
                .findCategoryActions(Actor.of(p.smirnova())).get(ru.parta.moderation.FilterCategory.INSULT),
                "saved at once");
        assertEquals(2, ((Select<FilterAction>) $(Select.class).id("filter-category-obscene")).getListDataView()
                .getItemCount(), "obscene language is refused or held, never let out");
        Select<ListKind> kind = $(Select.class).id("filter-list-kind");
        kind.setValue(ListKind.PATTERN);
        test($(TextField.class).id("filter-list-entry")).setValue("casino(");
        click($(Button.class).id("filter-list-add"));
        assertTrue(notifications().stream().anyMatch(n -> n.contains("Шаблон не разобран")), notifications().toString());
        Grid<ListEntry> entries = $(Grid.class).id("filter-list-entries");
        assertEquals(0, entries.getListDataView().getItemCount(), "nothing half-written");
        assertEquals("casino(", $(TextField.class).id("filter-list-entry").getValue(), "the entry stays to correct");

        kind.setValue(ListKind.WORDS);
        test($(TextField.class).id("filter-list-entry")).setValue("вейп*");
        ((Select<FilterAction>) $(Select.class).id("filter-list-action")).setValue(FilterAction.FLAG);
        ((Select<ModerationReason>) $(Select.class).id("filter-list-reason")).setValue(ModerationReason.DRUGS);
        click($(Button.class).id("filter-list-add"));
        assertEquals(List.of("вейп*"), entries.getListDataView().getItems().map(ListEntry::entry).toList());
        test($(TextArea.class).id("filter-list-try")).setValue("Кто хочет вейпы?");
        click($(Button.class).id("filter-list-check"));
        assertEquals("Фильтр: пропустить и отметить — список школы, «вейп*».",
                $(Paragraph.class).id("filter-list-verdict").getText());

        long classChat = chats.findChats(p.petrov()).stream().filter(c -> c.kind() == ConversationKind.CLASS)
                .findFirst().map(ChatSummary::conversationId).orElseThrow();
        long flagged = chats.postMessage(NewMessage.text(classChat, "views-flag-1", "Продаю вейпы недорого"),
                Actor.of(p.petrov())).delivered().id();

        signInAs("ivanova", PersonaSchool.PASSWORD);
        open(Routes.MODERATION);
        assertTrue($(Div.class).id("shell-sections").getElement().getProperty("innerHTML")
                .contains("id=\"nav-moderation-count\" class=\"nav-count\" aria-label=\"ждут модератора\">1<"),
                "the menu counts what waits for her");
        Div card = $(Div.class).id("moderation-item-" + flagged);
        assertTrue(card.getElement().getTextRecursively().contains("Отмечено фильтром: список школы — «вейп*»"),
                card.getElement().getTextRecursively());
        assertEquals("Оставить: всё в порядке", $(Button.class).id("moderation-dismiss-" + flagged).getText(),
                "nobody reported it: the moderator keeps or hides it");
        ((Select<Duration>) $(Select.class).id("moderation-mute-term-" + flagged)).setValue(Duration.ofDays(3));
        click($(Button.class).id("moderation-mute-" + flagged));
        assertEquals("chat.muted", org.junit.jupiter.api.Assertions.assertThrows(ru.parta.base.PartaException.class,
                () -> chats.postMessage(NewMessage.text(classChat, "views-flag-2", "А что такого?"),
                        Actor.of(p.petrov()))).messageKey(), "muted for the chosen term");
        click($(Button.class).id("moderation-escalate-" + flagged));
        assertFalse($(Div.class).withId("moderation-item-" + flagged).exists(), "passed on: gone from her queue");

        signInAs("smirnova", PersonaSchool.PASSWORD);
        open(Routes.MODERATION);
        assertTrue($(Div.class).id("moderation-item-" + flagged).getElement().getTextRecursively()
                .contains("Передано администраторам"));
        assertFalse($(Button.class).withId("moderation-escalate-" + flagged).exists(), "administrators decide");
        click($(Button.class).id("moderation-hide-" + flagged));

        signInAs("orlov", PersonaSchool.PASSWORD);
        open(Routes.MODERATION_STATS);
        String figures = $(Div.class).id("moderation-stats-figures").getElement().getTextRecursively();
        assertTrue(figures.contains("1Жалоб и отметок") && figures.contains("1Решено")
                && figures.contains("1Скрыто модераторами") && figures.contains("1Отмечено фильтром"), figures);
    }
}

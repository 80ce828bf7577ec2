package ru.parta.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import ru.parta.access.Actor;
import ru.parta.base.PartaException;
import ru.parta.base.event.ReactionLane;
import ru.parta.chat.ChatService;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.NewMessage;
import ru.parta.chat.PostOutcome;
import ru.parta.people.PersonaSchool;

/** The school's own list: administrators' entries refuse, hold or flag, read through the filter's disguises. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class FilterListTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ModerationQueue queue;

    @Inject
    PremoderationService premoderation;

    @Inject
    FilterListService lists;

    @Inject
    ChatService chats;

    @Inject
    ReportService reports;

    @Inject
    ModerationService moderation;

    @Inject
    FilterHoldRepository holds;

    @Inject
    ReactionLane lane;

    @Test
    void entriesRefuseHoldAndFlagAsTheAdministratorChose() {
        PersonaSchool.Persona p = personaSchool.create();
        lane.awaitIdle();
        Actor admin = Actor.of(p.smirnova());
        long classChat = chats.findChats(p.petrov()).stream().filter(c -> c.kind() == ConversationKind.CLASS)
                .findFirst().map(ChatSummary::conversationId).orElseThrow();
        ListEntry banned = lists.addListEntry("  колумбайн*  ", ListKind.WORDS, FilterAction.REFUSE,
                ModerationReason.EXTREMISM, "запрещённое движение", admin);
        ListEntry casino = lists.addListEntry("1xbet\\.\\w+", ListKind.PATTERN, FilterAction.HOLD,
                ModerationReason.GAMBLING, null, admin);
        ListEntry vape = lists.addListEntry("электронные сигареты", ListKind.WORDS, FilterAction.FLAG,
                ModerationReason.DRUGS, null, admin);
        assertEquals("колумбайн*", banned.entry());

        assertRefused("moderation.refused.listed", () -> chats.postMessage(NewMessage.text(classChat, "list-test-1",
                "Видел ролик про Kолумбайна?"), Actor.of(p.petrov())));
        PostOutcome held = chats.postMessage(NewMessage.text(classChat, "list-test-2", "Ставки тут: 1XBET.com"),
                Actor.of(p.petrov()));
        assertNull(held.delivered(), "nobody else sees it");
        assertEquals(casino.ruleId(), holds.findById(held.held().id()).orElseThrow().ruleId());
        assertEquals(List.of(held.held().id()), premoderation.findPendingReviews(p.ivanova()).stream()
                .map(r -> r.heldId()).toList());
        long flagged = chats.postMessage(NewMessage.text(classChat, "list-test-3", "Продаю электронные сигареты, пишите"),
                Actor.of(p.petrov())).delivered().id();
        chats.postMessage(NewMessage.text(classChat, "list-test-4", "Электронная почта школы поменялась"),
                Actor.of(p.petrov())).delivered();

        QueueItem item = queue.findQueue(p.ivanova()).getFirst();
        assertEquals(flagged, item.message().id());
        assertEquals(0, item.reporters(), "no reader reported it");
        assertEquals(List.of(new QueueItem.FlaggedBy(vape.ruleId(), "электронные сигареты")), item.flags());
        assertEquals(List.of(ModerationReason.DRUGS), item.reasons());
        queue.dismissReports(QueueKey.message(flagged), Actor.of(p.ivanova()));
        assertTrue(queue.findQueue(p.ivanova()).isEmpty());

        lists.removeListEntry(banned.id(), admin);
        assertNotNull(chats.postMessage(NewMessage.text(classChat, "list-test-5", "Видел ролик про Kолумбайна?"),
                Actor.of(p.petrov())).delivered(), "the next message after a change meets the list as it is");
        assertEquals(2, lists.findListEntries(admin).size());
        assertEquals(-1, moderation.checkLogChain(admin));
    }

    @Test
    void badEntriesAreRefusedWithAReasonAndOnlyAdministratorsKeepTheList() {
        PersonaSchool.Persona p = personaSchool.create();
        Actor admin = Actor.of(p.smirnova());
        assertRefused("moderation.list.badPattern", () -> lists.addListEntry("casino(", ListKind.PATTERN,
                FilterAction.FLAG, ModerationReason.GAMBLING, null, admin));
        assertRefused("moderation.list.tooBroad", () -> lists.addListEntry(".*", ListKind.PATTERN,
                FilterAction.FLAG, ModerationReason.SPAM, null, admin));
        assertRefused("moderation.list.tooBroad", () -> lists.addListEntry("[а-я]+", ListKind.PATTERN,
                FilterAction.FLAG, ModerationReason.SPAM, null, admin));
        assertRefused("moderation.list.tooSlow", () -> lists.addListEntry("(a+)+$", ListKind.PATTERN,
                FilterAction.FLAG, ModerationReason.SPAM, null, admin));
        assertRefused("moderation.list.badWord", () -> lists.addListEntry("ка*зино", ListKind.WORDS,
                FilterAction.FLAG, ModerationReason.SPAM, null, admin));
        assertRefused("moderation.list.badWord", () -> lists.addListEntry("12 34", ListKind.WORDS,
                FilterAction.FLAG, ModerationReason.SPAM, null, admin));
        assertRefused("moderation.list.entryLength", () -> lists.addListEntry(" x ", ListKind.WORDS,
                FilterAction.FLAG, ModerationReason.SPAM, null, admin));
        lists.addListEntry("казино", ListKind.WORDS, FilterAction.FLAG, ModerationReason.GAMBLING, null, admin);
        assertRefused("moderation.list.duplicate", () -> lists.addListEntry("казино", ListKind.WORDS,
                FilterAction.REFUSE, ModerationReason.GAMBLING, null, admin));
        assertRefused("permission.denied", () -> lists.addListEntry("вейп", ListKind.WORDS,
                FilterAction.FLAG, ModerationReason.DRUGS, null, Actor.of(p.ivanova())));
        assertRefused("permission.denied", () -> lists.findListEntries(Actor.of(p.petrov())));
        assertEquals(1, lists.findListEntries(admin).size(), "nothing half-written");
        assertEquals("FLAG", lists.checkText("Онлайн-КАЗИНО без регистрации", admin).action());
        assertTrue(lists.checkText("Казна Российской империи", admin).passed());
    }

    @Test
    void anAdministratorChoosesWhatTheVocabularysCategoriesGet() {
        PersonaSchool.Persona p = personaSchool.create();
        lane.awaitIdle();
        Actor admin = Actor.of(p.smirnova());
        long classChat = chats.findChats(p.petrov()).stream().filter(c -> c.kind() == ConversationKind.CLASS)
                .findFirst().map(ChatSummary::conversationId).orElseThrow();
        assertEquals(java.util.Map.of(FilterCategory.OBSCENE, FilterAction.REFUSE, FilterCategory.INSULT,
                FilterAction.REFUSE, FilterCategory.VULGAR, FilterAction.FLAG), lists.findCategoryActions(admin));
        assertRefused("moderation.category.obsceneOut", () -> lists.setCategoryAction(FilterCategory.OBSCENE,
                FilterAction.FLAG, admin));
        assertRefused("moderation.category.listedByEntry", () -> lists.setCategoryAction(FilterCategory.LISTED,
                FilterAction.FLAG, admin));
        assertRefused("permission.denied", () -> lists.setCategoryAction(FilterCategory.INSULT, FilterAction.FLAG,
                Actor.of(p.ivanova())));

        lists.setCategoryAction(FilterCategory.INSULT, FilterAction.HOLD, admin);
        lists.setCategoryAction(FilterCategory.VULGAR, FilterAction.REFUSE, admin);
        lists.setCategoryAction(FilterCategory.OBSCENE, FilterAction.HOLD, admin);
        PostOutcome insult = chats.postMessage(NewMessage.text(classChat, "category-1", "Сидорова, ты дура"),
                Actor.of(p.petrov()));
        assertNull(insult.delivered(), "held for the class teacher rather than refused");
        assertEquals("INSULT", holds.findById(insult.held().id()).orElseThrow().label());
        assertRefused("moderation.refused.vulgar", () -> chats.postMessage(NewMessage.text(classChat, "category-2",
                "Какое-то говно, а не погода"), Actor.of(p.petrov())));
        assertNull(chats.postMessage(NewMessage.text(classChat, "category-3", "ну б**дь"), Actor.of(p.petrov()))
                .delivered(), "a masked word follows its category too");
        lists.setCategoryAction(FilterCategory.VULGAR, FilterAction.FLAG, admin);
        assertEquals(FilterAction.FLAG, lists.findCategoryActions(admin).get(FilterCategory.VULGAR), "changed again");
        assertEquals(-1, moderation.checkLogChain(admin));
    }

    private static void assertRefused(String key, Executable action) {
        assertEquals(key, assertThrows(PartaException.class, action).messageKey());
    }
}

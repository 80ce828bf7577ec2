package ru.parta.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import ru.parta.access.Actor;
import ru.parta.base.PartaException;
import ru.parta.base.TestClock;
import ru.parta.base.event.EventBus;
import ru.parta.base.event.ReactionLane;
import ru.parta.channel.AudiencePart;
import ru.parta.channel.ChannelInfo;
import ru.parta.channel.ChannelService;
import ru.parta.channel.ChannelSettings;
import ru.parta.channel.CommentService;
import ru.parta.channel.CommentView;
import ru.parta.chat.ChatService;
import ru.parta.chat.NewMessage;
import ru.parta.people.PersonaSchool;

/** Comments on posts are reported, flagged, hidden, restored and their authors muted like messages. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class CommentModerationTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ChannelService channels;

    @Inject
    CommentService comments;

    @Inject
    ChatService chats;

    @Inject
    ReportService reports;

    @Inject
    ModerationQueue queue;

    @Inject
    ModerationService moderation;

    @Inject
    AuthorSanctions sanctions;

    @Inject
    FilterListService lists;

    @Inject
    EventBus events;

    @Inject
    ReactionLane lane;

    @Inject
    TestClock clock;

    @Test
    void aReportedCommentIsHiddenByTheChannelsAuthorAndItsWriterIsMuted() {
        PersonaSchool.Persona p = personaSchool.create();
        clock.moveToMoscowTime("2026-09-14T10:00:00");
        ChannelInfo parents = channels.createChannel(new ChannelSettings("Родители 5А", "", true,
                List.of(AudiencePart.ofClass(p.class5a(), true, true)), Set.of()), Actor.of(p.ivanova()));
        lane.awaitIdle();
        long post = chats.postMessage(NewMessage.text(parents.conversationId(), "comment-moderation-1",
                "Родительское собрание в среду"), Actor.of(p.ivanova())).delivered().id();
        CommentView rude = comments.addComment(post, "Опять собрание, у Сидоровых ребёнок всех бьёт, пусть уходят",
                Actor.of(p.petrova()));
        List<ModerationNotice> notices = new CopyOnWriteArrayList<>();
        events.subscribe(ModerationNotice.class, notices::add);

        assertRefused("moderation.report.own", () -> reports.reportComment(rude.id(), ModerationReason.BULLYING, null,
                Actor.of(p.petrova())));
        reports.reportComment(rude.id(), ModerationReason.BULLYING, "Это про нашу семью", Actor.of(p.sidorova()));
        assertRefused("moderation.report.twice", () -> reports.reportComment(rude.id(), ModerationReason.INSULT, null,
                Actor.of(p.sidorova())));
        assertRefused("chat.notFound", () -> reports.reportComment(rude.id(), ModerationReason.INSULT, null,
                Actor.of(p.volkov())));

        QueueItem item = queue.findQueue(p.ivanova()).getFirst();
        assertTrue(item.key().comment());
        assertEquals(post, item.message().id(), "the post is the context");
        assertEquals(rude.body(), item.comment().body(), "the moderator reads the comment");
        assertRefused("moderation.outOfScope", () -> moderation.hideComment(rude.id(), ModerationReason.BULLYING,
                Actor.of(p.petrova())));

        moderation.hideComment(rude.id(), ModerationReason.BULLYING, Actor.of(p.ivanova()));
        CommentView seen = comments.findComments(post, p.sidorova()).getFirst();
        assertTrue(seen.hidden());
        assertEquals("", seen.body(), "readers see the reason, not the text");
        assertEquals("BULLYING", seen.hiddenReason());
        assertTrue(queue.findQueue(p.ivanova()).isEmpty());
        MyReport mine = reports.findMyReports(p.sidorova()).getFirst();
        assertEquals("HIDDEN", mine.status());
        assertTrue(mine.comment());
        assertTrue(notices.stream().anyMatch(n -> n.authorId() == p.petrova() && n.comment() && !n.restored()));
        assertRefused("moderation.alreadyHidden", () -> moderation.hideComment(rude.id(), ModerationReason.INSULT,
                Actor.of(p.smirnova())));

        sanctions.muteAuthor(item.key(), Duration.ofHours(1), ModerationReason.BULLYING, Actor.of(p.ivanova()));
        assertRefused("chat.muted", () -> comments.addComment(post, "И что?", Actor.of(p.petrova())));
        moderation.restoreComment(rude.id(), Actor.of(p.smirnova()));
        assertFalse(comments.findComments(post, p.sidorova()).getFirst().hidden());
        clock.advance(Duration.ofMinutes(61));
        comments.addComment(post, "Извините, погорячилась", Actor.of(p.petrova()));
        assertEquals(-1, moderation.checkLogChain(Actor.of(p.smirnova())));
    }

    @Test
    void aCommentTheSchoolsListFlagsWaitsInTheQueueAndOneItHoldsIsRefused() {
        PersonaSchool.Persona p = personaSchool.create();
        clock.moveToMoscowTime("2026-09-15T11:00:00");
        ChannelInfo parents = channels.createChannel(new ChannelSettings("Родители 5А", "", true,
                List.of(AudiencePart.ofClass(p.class5a(), true, true)), Set.of()), Actor.of(p.ivanova()));
        lane.awaitIdle();
        long post = chats.postMessage(NewMessage.text(parents.conversationId(), "comment-moderation-2",
                "Сбор на подарки учителям"), Actor.of(p.ivanova())).delivered().id();
        lists.addListEntry("скидки*", ListKind.WORDS, FilterAction.FLAG, ModerationReason.SPAM, null,
                Actor.of(p.smirnova()));
        lists.addListEntry("займ*", ListKind.WORDS, FilterAction.HOLD, ModerationReason.UNLAWFUL, null,
                Actor.of(p.smirnova()));
        CommentView ad = comments.addComment(post, "У меня скидки на цветы, пишите", Actor.of(p.petrova()));
        assertRefused("moderation.refused.review", () -> comments.addComment(post, "Дам займ под процент",
                Actor.of(p.petrova())));
        assertEquals(1, comments.findComments(post, p.petrova()).size(), "the held one is not there");

        QueueItem item = queue.findQueue(p.ivanova()).getFirst();
        assertEquals(new QueueKey(post, ad.id()), item.key());
        assertEquals(0, item.reporters());
        assertEquals("скидки*", item.flags().getFirst().label());
        queue.dismissReports(item.key(), Actor.of(p.ivanova()));
        assertTrue(queue.findQueue(p.smirnova()).isEmpty());
    }


    private static void assertRefused(String key, Executable action) {
        assertEquals(key, assertThrows(PartaException.class, action).messageKey());
    }
}

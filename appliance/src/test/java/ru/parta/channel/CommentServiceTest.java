package ru.parta.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.parta.channel.ChannelServiceTest.assertRefused;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.TestClock;
import ru.parta.base.event.ReactionLane;
import ru.parta.chat.ChatService;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.NewMessage;
import ru.parta.people.PersonaSchool;

/** Comments on channel posts: only where the channel takes them, within the chats' rules, deletable by authors. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class CommentServiceTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ChannelService channels;

    @Inject
    CommentService comments;

    @Inject
    ChatService chats;

    @Inject
    ReactionLane lane;

    @Inject
    TestClock clock;

    @Test
    void readersCommentWhereTheChannelAllowsItAndAuthorsMayDelete() {
        PersonaSchool.Persona p = personaSchool.create();
        clock.moveToMoscowTime("2026-09-14T10:00:00");
        ChannelInfo parents = channels.createChannel(new ChannelSettings("Родители 5А", "", false,
                List.of(AudiencePart.ofClass(p.class5a(), true, true)), Set.of()), Actor.of(p.ivanova()));
        lane.awaitIdle();
        long post = chats.postMessage(NewMessage.text(parents.conversationId(), "comment-post-1", "Собрание в среду"),
                Actor.of(p.ivanova())).delivered().id();
        assertRefused("comment.disabled", () -> comments.addComment(post, "Придём", Actor.of(p.petrova())));
        channels.changeChannel(parents.id(), new ChannelSettings("Родители 5А", "", true,
                List.of(AudiencePart.ofClass(p.class5a(), true, true)), Set.of()), Actor.of(p.ivanova()));

        CommentView first = comments.addComment(post, "Придём вдвоём", Actor.of(p.petrova()));
        CommentView second = comments.addComment(post, "Я тоже", Actor.of(p.sidorova()));
        assertRefused("comment.empty", () -> comments.addComment(post, "   ", Actor.of(p.petrova())));
        assertRefused("comment.tooLong", () -> comments.addComment(post, "а".repeat(2001), Actor.of(p.petrova())));
        assertRefused("chat.notFound", () -> comments.addComment(post, "Чужой", Actor.of(p.volkov())));
        assertRefused("comment.notYours", () -> comments.deleteComment(first.id(), Actor.of(p.sidorova())));
        comments.deleteComment(second.id(), Actor.of(p.ivanova()));
        assertEquals(Map.of(post, 1), comments.countComments(List.of(post)), "a deleted comment is not counted");
        List<CommentView> shown = comments.findComments(post, p.petrov());
        assertEquals(List.of("Придём вдвоём", ""), shown.stream().map(CommentView::body).toList());
        assertTrue(shown.get(1).deleted());

        for (int i = 2; i <= CommentService.PER_MINUTE; i++) {
            comments.addComment(post, "Вопрос " + i, Actor.of(p.petrova()));
        }
        assertRefused("comment.rate", () -> comments.addComment(post, "Ещё один", Actor.of(p.petrova())));
        clock.moveToMoscowTime("2026-09-14T22:00:00");
        assertRefused("comment.quiet", () -> comments.addComment(post, "Поздно", Actor.of(p.petrov())));

        long classChat = chats.findChats(p.ivanova()).stream().filter(c -> c.kind() == ConversationKind.CLASS)
                .findFirst().orElseThrow().conversationId();
        clock.moveToMoscowTime("2026-09-15T10:00:00");
        long message = chats.postMessage(NewMessage.text(classChat, "comment-chat-1", "Чат, не канал"),
                Actor.of(p.ivanova())).delivered().id();
        assertRefused("comment.channelsOnly", () -> comments.addComment(message, "Нельзя", Actor.of(p.petrov())));
    }

}

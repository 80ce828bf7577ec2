package ru.parta.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.access.SessionService;
import ru.parta.base.event.ReactionLane;
import ru.parta.base.event.Topic;
import ru.parta.chat.ChatMembersPick;
import ru.parta.chat.ChatService;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.ConversationService;
import ru.parta.chat.NewMessage;
import ru.parta.people.PersonaSchool;
import ru.parta.testing.LiveClient;

/** The live path over real WebSockets on 127.0.0.1: following, delivery, resuming, access, limits. */
@MicronautTest(transactional = false, rebuildContext = true)
@Property(name = "parta.live.queue-frames", value = "20")
@Property(name = "parta.live.remembered-frames", value = "8")
@Property(name = "parta.chat.held-check", value = "1h")
class LiveDeliveryTest {

    private static final Pattern SEQ = Pattern.compile("\"s\":(\\d+)");
    private static final Pattern EPOCH = Pattern.compile("\"e\":\"([^\"]+)\"");

    @Inject
    EmbeddedServer server;

    @Inject
    PersonaSchool school;

    @Inject
    ChatService chats;

    @Inject
    ConversationService conversations;

    @Inject
    SessionService sessions;

    @Inject
    LiveHub hub;

    @Inject
    LiveTickets tickets;

    @Inject
    ru.parta.chat.ReadPointers pointers;

    @Inject
    ReactionLane lane;

    @Test
    void aMemberGetsEachMessageOnceAndAForgedFollowGetsNothing() throws Exception {
        PersonaSchool.Persona p = school.create();
        long chat = classChat(p.petrov());
        try (LiveClient petrov = LiveClient.connect(server.getPort(), p.petrov());
             LiveClient volkov = LiveClient.connect(server.getPort(), p.volkov())) {
            petrov.send(follow(chat, null, -1, 0, true));
            petrov.await(f -> f.contains("\"k\":\"reset\""));
            volkov.send(follow(chat, null, -1, 0, true));
            volkov.await(f -> f.contains("\"k\":\"refused\""));

            post(chat, p.ivanova(), "Завтра экскурсия #1");
            String frame = petrov.await(f -> f.contains("\"k\":\"posted\""));
            assertTrue(frame.contains("Завтра экскурсия #1"), frame);
            assertTrue(frame.startsWith("{\"t\":\"conversation:" + chat + "\",\"s\":1,"), frame);
            Thread.sleep(300);
            assertEquals(1, petrov.received().stream().filter(f -> f.contains("экскурсия #1")).count());
            assertTrue(volkov.received().stream().noneMatch(f -> f.contains("экскурсия")),
                    "not a byte of a chat one is not in: " + volkov.received());
        }
    }

    @Test
    void aMessageOfTextAlonePostedOnTheLiveConnectionIsAnsweredOnceAndARefusalComesInTheTabsLanguage()
            throws Exception {
        PersonaSchool.Persona p = school.create();
        long chat = classChat(p.petrov());
        try (LiveClient petrov = LiveClient.connect(server.getPort(), p.petrov());
             LiveClient teacher = LiveClient.connect(server.getPort(), p.ivanova());
             LiveClient outsider = LiveClient.connect(server.getPort(), p.volkov(), true, null, "en")) {
            teacher.send(follow(chat, null, -1, 0, true));
            teacher.await(f -> f.contains("\"k\":\"reset\""));

            petrov.send(livePost(chat, "k-live-1", "Я приду завтра \"к первому уроку\""));
            String answer = petrov.await(f -> f.startsWith("{\"k\":\"answer\",\"key\":\"k-live-1\""));
            assertTrue(answer.contains("\"d\":{\"message\":{\"id\":"), answer);
            assertTrue(answer.contains("к первому уроку"), answer);
            teacher.await(f -> f.contains("\"k\":\"posted\"") && f.contains("Я приду завтра"));

            // The same key again (an answer lost with its connection): the same message, not a second one.
            petrov.send(livePost(chat, "k-live-1", "Я приду завтра \"к первому уроку\""));
            String again = petrov.await(f -> f.startsWith("{\"k\":\"answer\",\"key\":\"k-live-1\"") && f != answer);
            assertEquals(messageId(answer), messageId(again));
            assertEquals(1, chats.findHistory(chat, null, 50, p.ivanova()).stream()
                    .filter(m -> m.body().startsWith("Я приду завтра")).count());

            outsider.send(livePost(chat, "k-live-2", "Чужой чат"));
            String refused = outsider.await(f -> f.contains("\"key\":\"k-live-2\""));
            assertTrue(refused.contains("\"error\":\"You are not a member of this chat.\""), refused);
            petrov.send(livePost(chat, "k-live-3", "   "));
            String empty = petrov.await(f -> f.contains("\"key\":\"k-live-3\""));
            assertTrue(empty.contains("\"error\":\"Сообщение пустое"), empty);
            assertTrue(chats.findHistory(chat, null, 50, p.ivanova()).stream()
                    .noneMatch(m -> m.body().contains("Чужой чат")), "nothing of a refused post is written");

            petrov.send("{\"op\":\"post\",\"topic\":\"conversation:" + chat + "\",\"key\":\"<b>\",\"text\":\"x\"}");
            petrov.await(f -> f.equals("{\"k\":\"unknown\"}"));
        }
    }

    private static String livePost(long chat, String key, String text) {
        return "{\"op\":\"post\",\"topic\":\"conversation:" + chat + "\",\"key\":\"" + key + "\",\"text\":\""
                + text.replace("\"", "\\\"") + "\"}";
    }

    private static long messageId(String answer) {
        java.util.regex.Matcher id = Pattern.compile("\"message\":\\{\"id\":(\\d+)").matcher(answer);
        assertTrue(id.find(), answer);
        return Long.parseLong(id.group(1));
    }

    @Test
    void aMessageReachingAnOpenChatCountsAsReadAndItsAuthorHearsWhoReadIt() throws Exception {
        PersonaSchool.Persona p = school.create();
        long chat = classChat(p.petrov());
        try (LiveClient author = LiveClient.connect(server.getPort(), p.ivanova());
             LiveClient reader = LiveClient.connect(server.getPort(), p.petrov());
             LiveClient readersList = LiveClient.connect(server.getPort(), p.petrov());
             LiveClient outsider = LiveClient.connect(server.getPort(), p.volkov())) {
            reader.send(follow(chat, null, -1, 0, true));
            reader.await(f -> f.contains("\"k\":\"reset\""));
            author.send("{\"op\":\"follow\",\"topic\":\"readers:" + chat + "\",\"seq\":-1}");
            author.await(f -> f.contains("\"k\":\"reads\""));
            outsider.send("{\"op\":\"follow\",\"topic\":\"readers:" + chat + "\",\"seq\":-1}");
            outsider.await(f -> f.contains("\"k\":\"refused\""));
            // The reader's chat list in another tab hears how far they read; nobody else may listen.
            readersList.send("{\"op\":\"follow\",\"topic\":\"unread:" + p.petrov() + "\",\"seq\":-1}");
            readersList.await(f -> f.contains("\"k\":\"reset\""));
            outsider.send("{\"op\":\"follow\",\"topic\":\"unread:" + p.petrov() + "\",\"seq\":-1}");
            outsider.await(f -> f.contains("\"t\":\"unread:" + p.petrov() + "\",\"k\":\"refused\""));

            long message = post(chat, p.ivanova(), "Кто прочитал?");
            reader.await(f -> f.contains("Кто прочитал?"));
            pointers.flushReadPointers();  // the every-few-seconds flush (tests run it by hand)
            String read = readersList.await(f -> f.contains("\"k\":\"read\""));
            assertTrue(read.contains("\"d\":{\"chat\":" + chat + ",\"upTo\":" + message + "}"), read);
            assertTrue(reader.received().stream().noneMatch(f -> f.contains("\"k\":\"read\"")),
                    "the reading tab is not sent its own reading: " + reader.received());
            String reads = author.await(f -> f.contains("\"k\":\"reads\"") && f.contains("[" + message + ","));
            assertTrue(reads.contains("[" + message + ",2]"), "the author and the open tab's reader: " + reads);
            assertEquals(message, pointers.findReadPointer(chat, p.petrov()), "written by the flush");
            assertTrue(outsider.received().stream().noneMatch(f -> f.contains("\"k\":\"reads\"")));
        }
    }

    @Test
    void aReconnectingTabGetsExactlyWhatItMissedFromMemoryOrElseFromTheDatabase() throws Exception {
        PersonaSchool.Persona p = school.create();
        long chat = classChat(p.petrov());
        LivePosition before = hub.findPosition(Topic.conversation(chat));
        long lastSeenMessage = post(chat, p.ivanova(), "Было до отключения");
        long resumedFrom;
        String epoch;
        try (LiveClient tab = LiveClient.connect(server.getPort(), p.petrov())) {
            tab.send(follow(chat, before.epoch(), before.sequence(), 0, true));
            String followed = tab.await(f -> f.contains("\"k\":\"followed\""));
            epoch = group(EPOCH, followed);
            String replayed = tab.await(f -> f.contains("Было до отключения"));
            resumedFrom = Long.parseLong(group(SEQ, replayed));
        }
        post(chat, p.ivanova(), "Пропущено 1");
        post(chat, p.kuznetsov(), "Пропущено 2");
        try (LiveClient back = LiveClient.connect(server.getPort(), p.petrov())) {
            back.send(follow(chat, epoch, resumedFrom, lastSeenMessage, true));
            back.await(f -> f.contains("\"k\":\"followed\""));
            back.await(f -> f.contains("Пропущено 2"));
            Thread.sleep(200);
            List<String> got = back.received().stream().filter(f -> f.contains("\"k\":\"posted\"")).toList();
            assertEquals(2, got.size(), "exactly the two it missed, from memory: " + got);
            assertTrue(got.getFirst().contains("Пропущено 1"));
        }
        for (int i = 0; i < 10; i++) {
            post(chat, p.ivanova(), "Долгое отсутствие " + i);  // more than the 8 frames remembered
        }
        try (LiveClient later = LiveClient.connect(server.getPort(), p.petrov())) {
            later.send(follow(chat, epoch, resumedFrom + 2, lastSeenMessage, true));
            later.await(f -> f.contains("\"k\":\"reset\""));
            later.await(f -> f.contains("отсутствие 9"));
            Thread.sleep(200);
            List<String> posted = later.received().stream().filter(f -> f.contains("\"k\":\"posted\"")).toList();
            assertEquals(12, posted.size(), "everything after its last message, from the database: " + posted);
            assertTrue(posted.getFirst().contains("Пропущено 1") && posted.getLast().contains("отсутствие 9"));
        }
    }

    @Test
    void leavingAChatEndsTheFollowAndAnEndedSessionClosesTheTab() throws Exception {
        PersonaSchool.Persona p = school.create();
        long chat = conversations.createChat("Олимпиада", new ChatMembersPick(Set.of(p.class5a()), Set.of(), Set.of()),
                Actor.of(p.kuznetsov())).id();
        lane.awaitIdle();
        try (LiveClient petrov = LiveClient.connect(server.getPort(), p.petrov());
             LiveClient sidorova = LiveClient.connect(server.getPort(), p.sidorova())) {
            petrov.send(follow(chat, null, -1, 0, true));
            sidorova.send(follow(chat, null, -1, 0, true));
            petrov.await(f -> f.contains("\"k\":\"reset\""));
            sidorova.await(f -> f.contains("\"k\":\"reset\""));

            conversations.removeMember(chat, p.petrov(), Actor.of(p.kuznetsov()));
            petrov.await(f -> f.contains("\"k\":\"ended\""));
            post(chat, p.kuznetsov(), "Только для оставшихся");
            sidorova.await(f -> f.contains("Только для оставшихся"));
            Thread.sleep(200);
            assertTrue(petrov.received().stream().noneMatch(f -> f.contains("оставшихся")));

            sessions.endAllSessions(p.sidorova(), Actor.of(p.smirnova()));
            assertEquals(LiveConnection.SIGNED_OUT, sidorova.closeCode());
        }
    }

    @Test
    void aTabThatNeverReadsIsDroppedWhileTheOthersGetEverything() throws Exception {
        PersonaSchool.Persona p = school.create();
        long chat = classChat(p.petrov());
        Topic topic = Topic.conversation(chat);
        try (LiveClient stuck = LiveClient.connect(server.getPort(), p.petrov(), false, null);
             LiveClient reader = LiveClient.connect(server.getPort(), p.sidorova())) {
            stuck.send(follow(chat, null, -1, 0, true));
            reader.send(follow(chat, null, -1, 0, true));
            reader.await(f -> f.contains("\"k\":\"reset\""));
            Thread.sleep(200);
            String big = "{\"pad\":\"" + "я".repeat(32_000) + "\"}";
            for (int i = 1; i <= 400; i++) {  // 25 MB: more than the kernel buffers between them hold
                hub.publish(topic, () -> new LiveFrame("test", big));
                awaitFrames(reader, i);  // the reader keeps up, the stuck tab falls behind
            }
            assertEquals(400, reader.received().stream().filter(f -> f.contains("\"k\":\"test\"")).count());
            long dropDeadline = System.nanoTime() + 5_000_000_000L;
            while (!hub.describe().startsWith("1 live connections") && System.nanoTime() < dropDeadline) {
                Thread.sleep(20);
            }
            assertTrue(hub.describe().startsWith("1 live connections"), "the stuck tab was dropped: " + hub.describe());
        }
    }

    @Test
    void tenThousandRequestsFromOneTabAreLimitedAndAPageOfAnotherSiteIsRefused() throws Exception {
        PersonaSchool.Persona p = school.create();
        long chat = classChat(p.petrov());
        try (LiveClient flood = LiveClient.connect(server.getPort(), p.petrov())) {
            for (int i = 0; i < 5_000; i++) {  // the server may cut the flood before it ends
                if (!flood.sendUnlessClosed(follow(chat, null, -1, 0, false))
                        || !flood.sendUnlessClosed("{\"op\":\"leave\",\"topic\":\"conversation:" + chat + "\"}")) {
                    break;
                }
            }
            flood.await(f -> f.contains("\"k\":\"limited\""));
            assertEquals(LiveConnection.TOO_MANY, flood.closeCode());
            long resets = flood.received().stream().filter(f -> f.contains("\"k\":\"reset\"")).count();
            assertTrue(resets <= 250, "the burst and a few more, not ten thousand: " + resets);
        }
        try (LiveClient elsewhere = LiveClient.connect(server.getPort(), p.petrov(), true, "http://evil.example")) {
            assertEquals(LiveConnection.SIGNED_OUT, elsewhere.closeCode());
        }
        try (LiveClient here = LiveClient.connect(server.getPort(), p.petrov(), true,
                "http://127.0.0.1:" + server.getPort())) {
            here.send(follow(chat, null, -1, 0, false));
            here.await(f -> f.contains("\"k\":\"reset\""));
            assertFalse(here.isClosed());
        }
    }

    @Test
    void aTicketOpensTheLiveConnectionWithoutTheHttpSessionWhileItsSessionStands() throws Exception {
        PersonaSchool.Persona p = school.create();
        long chat = classChat(p.petrov());
        String session = sessions.startSession(p.petrov(), "127.0.0.1", "test");
        String ticket = tickets.issueTicket(new Actor(p.petrov(), Set.of(ru.parta.access.Role.STUDENT), session));
        try (LiveClient tab = LiveClient.connectWithTicket(server.getPort(), ticket)) {
            tab.send(follow(chat, null, -1, 0, true));
            tab.await(f -> f.contains("\"k\":\"reset\""));
        }
        String forged = ticket.replace(p.petrov() + ".", p.ivanova() + ".");
        try (LiveClient tab = LiveClient.connectWithTicket(server.getPort(), forged)) {
            assertEquals(LiveConnection.SIGNED_OUT, tab.closeCode(), "a ticket made up for someone else");
        }
        sessions.endSession(session, new Actor(p.petrov(), Set.of(ru.parta.access.Role.STUDENT), session));
        try (LiveClient tab = LiveClient.connectWithTicket(server.getPort(), ticket)) {
            assertEquals(LiveConnection.SIGNED_OUT, tab.closeCode(), "the ticket of a session that ended");
        }
    }

    private static void awaitFrames(LiveClient client, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (client.received().stream().filter(f -> f.contains("\"k\":\"test\"")).count() < count
                && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
    }

    private long post(long chat, long author, String text) {
        return chats.postMessage(NewMessage.text(chat, "k" + System.nanoTime(), text), Actor.of(author))
                .delivered().id();
    }

    private long classChat(long accountId) {
        lane.awaitIdle();
        return chats.findChats(accountId).stream().filter(c -> c.kind() == ConversationKind.CLASS).findFirst()
                .orElseThrow().conversationId();
    }

    private static String follow(long chat, String epoch, long seq, long cursor, boolean reading) {
        return "{\"op\":\"follow\",\"topic\":\"conversation:" + chat + "\"" + (epoch == null ? "" : ",\"epoch\":\""
                + epoch + "\"") + ",\"seq\":" + seq + ",\"cursor\":" + cursor + ",\"reading\":" + reading + "}";
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }
}

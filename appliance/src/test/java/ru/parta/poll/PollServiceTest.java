package ru.parta.poll;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import ru.parta.access.AccountService;
import ru.parta.access.Actor;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.Sql;
import ru.parta.base.TestClock;
import ru.parta.base.event.ReactionLane;
import ru.parta.chat.ChatService;
import ru.parta.chat.ConversationKind;
import ru.parta.people.PeopleService;
import ru.parta.people.PersonaSchool;

/** Polls: votes and changes counted exactly, deadlines, hidden results, and anonymity that survives reading the tables. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
@Property(name = "parta.poll.deadline-check", value = "1h")
class PollServiceTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    PollService polls;

    @Inject
    PollPersonalData personalData;

    @Inject
    ChatService chats;

    @Inject
    AccountService accounts;

    @Inject
    PeopleService people;

    @Inject
    ReactionLane lane;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TestClock clock;

    @Inject
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions;

    private int keys;

    @Test
    void aNamedPollCountsEachVoteOnceAndAChangeMovesIt() {
        PersonaSchool.Persona p = personaSchool.create();
        long chat = classChat(p);
        PollState trip = create(p.ivanova(), chat, "Куда поедем?", false, false, false, null, "Музей", "Театр", "Парк");
        long museum = trip.options().get(0).id();
        long theatre = trip.options().get(1).id();

        polls.castVote(trip.id(), Set.of(museum), null, Actor.of(p.petrov()));
        polls.castVote(trip.id(), Set.of(theatre), null, Actor.of(p.sidorova()));
        PollState changed = polls.castVote(trip.id(), Set.of(theatre), null, Actor.of(p.petrov()));

        assertEquals(List.of(0, 2, 0), votes(changed));
        assertEquals(2, changed.voters(), "a change is not a second vote");
        assertEquals(Set.of(theatre), changed.mine());
        assertEquals(List.of("Кузнецов Игорь"), polls.findNonVoters(trip.id(), p.ivanova()));
        assertRefused("poll.notAuthor", () -> polls.findNonVoters(trip.id(), p.petrov()));
        String csv = new String(polls.exportResultsCsv(trip.id(), ZoneId.of("Europe/Moscow"), Actor.of(p.ivanova())),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("Театр;2"), csv);
        assertTrue(csv.contains("Петров Артём;Театр;"), csv);

        assertRefused("poll.vote.single", () -> polls.castVote(trip.id(), Set.of(museum, theatre), null,
                Actor.of(p.petrov())));
        assertRefused("poll.vote.empty", () -> polls.castVote(trip.id(), Set.of(), null, Actor.of(p.petrov())));
        PollState other = create(p.ivanova(), chat, "Другой опрос", false, false, false, null, "Да", "Нет");
        assertRefused("poll.vote.badOption", () -> polls.castVote(trip.id(), Set.of(other.options().getFirst().id()),
                null, Actor.of(p.petrov())));
        assertRefused("poll.notFound", () -> polls.castVote(trip.id(), Set.of(museum), null, Actor.of(p.volkov())));
        assertRefused("poll.notAuthor", () -> polls.closePoll(trip.id(), Actor.of(p.petrov())));
        polls.closePoll(trip.id(), Actor.of(p.ivanova()));
        assertRefused("poll.closed", () -> polls.castVote(trip.id(), Set.of(museum), null, Actor.of(p.petrov())));
        assertEquals(List.of(0, 2, 0), votes(polls.findPoll(trip.id(), p.kuznetsov(), null)));
    }

    @Test
    void aPollNeedsAQuestionAndTwoDifferentAnswersAndADeadlineAhead() {
        PersonaSchool.Persona p = personaSchool.create();
        long chat = classChat(p);
        assertRefused("poll.options.tooFew", () -> create(p.ivanova(), chat, "Один?", false, false, false, null, "Да"));
        assertRefused("poll.options.tooFew", () -> create(p.ivanova(), chat, "Пусто?", false, false, false, null));
        assertRefused("poll.options.duplicate", () -> create(p.ivanova(), chat, "Повтор?", false, false, false, null,
                "Ёлка", "елка "));
        assertRefused("poll.question.required", () -> create(p.ivanova(), chat, " ", false, false, false, null,
                "Да", "Нет"));
        assertRefused("poll.deadline.past", () -> create(p.ivanova(), chat, "Вчера?", false, false, false,
                clock.instant().minusSeconds(1), "Да", "Нет"));
        assertRefused("chat.notMember", () -> create(p.volkov(), chat, "Чужой класс?", false, false, false, null,
                "Да", "Нет"));
        assertEquals(0L, (long) read(() -> new Sql().append("SELECT COUNT(*) FROM poll WHERE question = 'Чужой класс?'")
                .query(jdbc, rs -> rs.getLong(1)).getFirst()), "a refused poll leaves no row");
    }

    @Test
    void aDeadlineClosesThePollOnTimeAndHiddenResultsShowOnlyThen() {
        PersonaSchool.Persona p = personaSchool.create();
        long chat = classChat(p);
        PollState date = create(p.ivanova(), chat, "Когда собрание?", true, false, true,
                clock.instant().plus(Duration.ofHours(1)), "Вторник", "Четверг");
        PollState voted = polls.castVote(date.id(), Set.of(date.options().get(0).id(), date.options().get(1).id()),
                null, Actor.of(p.petrov()));
        assertFalse(voted.resultsVisible());
        assertNull(voted.options().getFirst().votes(), "hidden until the poll closes");
        assertEquals(1, voted.voters(), "how many voted is shown");
        assertRefused("poll.results.hidden", () -> polls.exportResultsCsv(date.id(), ZoneId.of("UTC"),
                Actor.of(p.ivanova())));

        clock.advance(Duration.ofHours(1));
        assertRefused("poll.closed", () -> polls.castVote(date.id(), Set.of(date.options().getFirst().id()), null,
                Actor.of(p.sidorova())));
        assertEquals(1, polls.closeDuePolls());
        PollState closed = polls.findPoll(date.id(), p.sidorova(), null);
        assertTrue(closed.closed());
        assertEquals(List.of(1, 1), votes(closed));
    }

    @Test
    void anAnonymousBallotCannotBeTracedToItsVoterByReadingTheTables() {
        PersonaSchool.Persona p = personaSchool.create();
        long chat = classChat(p);
        PollState mood = create(p.ivanova(), chat, "Как прошла неделя?", false, true, false, null, "Хорошо", "Плохо");
        BallotSecret petrovs = BallotSecret.fromPassword(p.petrov(), PersonaSchool.PASSWORD);
        BallotSecret sidorovas = BallotSecret.fromPassword(p.sidorova(), PersonaSchool.PASSWORD);
        polls.castVote(mood.id(), Set.of(mood.options().get(1).id()), petrovs, Actor.of(p.petrov()));
        polls.castVote(mood.id(), Set.of(mood.options().get(0).id()), sidorovas, Actor.of(p.sidorova()));
        PollState changed = polls.castVote(mood.id(), Set.of(mood.options().get(0).id()),
                BallotSecret.fromPassword(p.petrov(), PersonaSchool.PASSWORD), Actor.of(p.petrov()));
        assertEquals(List.of(2, 0), votes(changed), "the same password's secret finds and changes the ballot");
        assertEquals(Set.of(mood.options().get(0).id()), polls.findPoll(mood.id(), p.petrov(), petrovs).mine());
        assertEquals(Set.of(), polls.findPoll(mood.id(), p.petrov(), null).mine(), "without the session's secret");
        assertRefused("poll.vote.otherPassword", () -> polls.castVote(mood.id(), Set.of(mood.options().get(1).id()),
                BallotSecret.fromPassword(p.petrov(), "Другой-пароль-2026"), Actor.of(p.petrov())));
        assertRefused("poll.vote.signInAgain", () -> polls.castVote(mood.id(), Set.of(mood.options().get(1).id()),
                null, Actor.of(p.petrov())));
        assertRefused("poll.anonymous", () -> polls.findNonVoters(mood.id(), p.ivanova()));

        // What someone reading the database finds: who voted, and ballots that name no one.
        List<String> ballots = read(() -> new Sql().append("SELECT * FROM poll_ballot WHERE poll_id = ?", mood.id())
                .query(jdbc, rs -> {
                    StringBuilder row = new StringBuilder();
                    for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                        row.append(rs.getMetaData().getColumnName(column)).append('=').append(rs.getString(column))
                                .append(' ');
                    }
                    return row.toString();
                }));
        assertEquals(2, ballots.size());
        for (String ballot : ballots) {
            assertFalse(ballot.matches("(?i).*ACCOUNT.*|.*_AT=.*"), "no person and no time on a ballot: " + ballot);
            for (long person : List.of(p.petrov(), p.sidorova())) {
                assertFalse(ballot.contains("BALLOT_KEY=" + person + " "), ballot);
            }
        }
        assertEquals(0L, (long) read(() -> new Sql().append("SELECT COUNT(*) FROM poll_choice WHERE poll_id = ?",
                mood.id()).query(jdbc, rs -> rs.getLong(1)).getFirst()), "no named choice is kept for an anonymous poll");
        assertEquals(List.of("ACCOUNT_ID", "POLL_ID"), read(() -> new Sql().append("SELECT column_name FROM"
                + " information_schema.columns WHERE table_name = 'POLL_VOTER' ORDER BY column_name")
                .query(jdbc, rs -> rs.getString(1))), "who voted carries no choice and no time");
        assertEquals(0L, (long) read(() -> new Sql().append("SELECT COUNT(*) FROM audit_event WHERE action LIKE 'poll.%'"
                + " AND actor_account_id IN (?, ?)", p.petrov(), p.sidorova()).query(jdbc, rs -> rs.getLong(1))
                .getFirst()), "votes leave no trace in the audit trail");
        List<List<String>> archive = personalData.rows(p.petrov(), ZoneId.of("Europe/Moscow"));
        assertEquals(List.of(List.of(String.valueOf(mood.id()), "Как прошла неделя?", "anonymous", "")), archive,
                "the own-data archive says that he voted, not what");
    }

    @Test
    void simultaneousVotesAreCountedExactly() throws Exception {
        PersonaSchool.Persona p = personaSchool.create();
        long chat = classChat(p);
        List<Long> students = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            long id = accounts.createAccount("Ученик Тестовый " + i, "uchenik" + i, PersonaSchool.PASSWORD,
                    Set.of(Role.STUDENT), Actor.SYSTEM, null).id();
            people.transferStudent(id, p.class5a(), Actor.of(p.smirnova()));
            students.add(id);
        }
        lane.awaitIdle();
        PollState lunch = create(p.ivanova(), chat, "Что на обед?", true, false, false, null, "Суп", "Каша", "Салат");
        long soup = lunch.options().get(0).id();
        long salad = lunch.options().get(2).id();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> votes = new ArrayList<>();
        for (long student : students) {
            votes.add(pool.submit(() -> {
                start.await();
                polls.castVote(lunch.id(), Set.of(soup, salad), null, Actor.of(student));
                polls.castVote(lunch.id(), Set.of(soup), null, Actor.of(student));
                return null;
            }));
        }
        start.countDown();
        for (Future<?> vote : votes) {
            vote.get();
        }
        pool.shutdown();
        PollState counted = polls.findPoll(lunch.id(), p.ivanova(), null);
        assertArrayEquals(new int[] {24, 0, 0}, votes(counted).stream().mapToInt(Integer::intValue).toArray());
        assertEquals(24, counted.voters());
    }

    private PollState create(long author, long chat, String question, boolean multiple, boolean anonymous,
                             boolean afterClose, Instant closesAt, String... options) {
        polls.createPoll(new NewPoll(chat, "poll-" + (++keys) + "-" + System.nanoTime() % 100_000, question,
                List.of(options), multiple, anonymous, afterClose, closesAt), Actor.of(author));
        long pollId = chats.findHistory(chat, null, 1, author).getLast().pollId();
        return polls.findPoll(pollId, author, null);
    }

    private long classChat(PersonaSchool.Persona p) {
        lane.awaitIdle();
        return chats.findChats(p.ivanova()).stream().filter(c -> c.kind() == ConversationKind.CLASS)
                .filter(c -> c.name().equals("5А")).findFirst().orElseThrow().conversationId();
    }

    /** Reads the tables directly, as someone with the database file would. */
    private <T> T read(java.util.function.Supplier<T> query) {
        return transactions.executeRead(status -> query.get());
    }

    private static List<Integer> votes(PollState state) {
        return state.options().stream().map(PollState.Option::votes).toList();
    }

    private static void assertRefused(String key, Executable action) {
        PartaException refused = assertThrows(PartaException.class, action);
        assertEquals(key, refused.messageKey());
    }
}

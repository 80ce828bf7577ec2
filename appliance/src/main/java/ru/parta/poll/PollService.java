package ru.parta.poll;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.DisplayText;
import ru.parta.base.PartaException;
import ru.parta.base.TextGuard;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.chat.ChatService;
import ru.parta.chat.MessagePosted;
import ru.parta.chat.PostOutcome;

/**
 * Polls: created by whoever may post in the chat, voted on by its members, closed by their author
 * or their deadline. A vote takes the poll's row lock, so one poll's counts change one vote at a
 * time and stay exact under any number of simultaneous voters; other polls are not held up.
 */
@Singleton
public class PollService {

    static final int QUESTION_MAX = 300;
    static final int OPTION_MAX = 100;
    static final int OPTIONS_MIN = 2;
    static final int OPTIONS_MAX = 10;
    static final Duration FURTHEST = Duration.ofDays(366);

    private final PollRepository polls;
    private final PollOptionRepository options;
    private final PollReads reads;
    private final TextGuard textGuard;
    private final ChatService chats;
    private final Permissions permissions;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;

    PollService(PollRepository polls, PollOptionRepository options, PollReads reads, ChatService chats,
                Permissions permissions, AuditLog auditLog, EventBus events, Clock clock, TextGuard textGuard) {
        this.reads = reads;
        this.textGuard = textGuard;
        this.polls = polls;
        this.options = options;
        this.chats = chats;
        this.permissions = permissions;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        // A poll posted in quiet hours is shown when its message is delivered in the morning.
        events.subscribe(MessagePosted.class, posted -> {
            if (posted.message().pollId() != null) {
                attach(posted.message().pollId(), posted.message().id());
            }
        });
    }

    @Transactional
    public PostOutcome createPoll(NewPoll poll, Actor actor) {
        permissions.requirePerson(actor);
        String question = DisplayText.name(poll.question() == null ? "" : poll.question());
        if (question.isEmpty()) {
            throw PartaException.invalid("poll.question.required");
        }
        if (question.length() > QUESTION_MAX) {
            throw PartaException.invalid("poll.question.tooLong", QUESTION_MAX);
        }
        List<String> answers = answers(poll.options());
        textGuard.requireAcceptable(question + "\n" + String.join("\n", answers), "poll", actor.accountId());
        Instant now = clock.instant();
        if (poll.closesAt() != null && !poll.closesAt().isAfter(now)) {
            throw PartaException.invalid("poll.deadline.past");
        }
        if (poll.closesAt() != null && poll.closesAt().isAfter(now.plus(FURTHEST))) {
            throw PartaException.invalid("poll.deadline.tooFar");
        }
        Poll saved = polls.save(new Poll(null, poll.conversationId(), null, question, poll.multiple(),
                poll.anonymous(), poll.resultsAfterClose(), poll.closesAt(), null, actor.accountId(), now, 0));
        for (int i = 0; i < answers.size(); i++) {
            options.save(new PollOption(null, saved.id(), i, answers.get(i), 0));
        }
        PostOutcome outcome = chats.postPollMessage(poll.conversationId(), poll.clientKey(), question, saved.id(), actor);
        if (outcome.delivered() != null) {
            polls.attachMessage(saved.id(), outcome.delivered().id());
        }
        auditLog.recordEvent("poll.created", actor.accountId(), poll.conversationId() + " " + saved.id(), null);
        return outcome;
    }

    /**
     * Votes, or changes one's vote: the options chosen replace the earlier ones. In an anonymous
     * poll the ballot is found by the session's secret; a voter whose ballot was cast under another
     * password cannot change it (and cannot vote twice).
     */
    @Transactional
    public PollState castVote(long pollId, Set<Long> optionIds, @Nullable BallotSecret secret, Actor actor) {
        permissions.requirePerson(actor);
        long voterId = actor.accountId();
        visible(pollId, voterId);
        Poll poll = polls.findForUpdate(pollId).orElseThrow(() -> PartaException.notFound("poll.notFound"));
        Instant now = clock.instant();
        if (poll.isClosed(now)) {
            throw PartaException.conflict("poll.closed");
        }
        Set<Long> chosen = chosen(poll, optionIds);
        boolean votedBefore = polls.countVoter(pollId, voterId) > 0;
        Set<Long> before;
        if (poll.anonymous()) {
            if (secret == null) {
                throw PartaException.conflict("poll.vote.signInAgain");
            }
            String key = secret.ballotKey(pollId);
            String filed = polls.findBallot(pollId, key).orElse(null);
            if (votedBefore && filed == null) {
                throw PartaException.conflict("poll.vote.otherPassword");
            }
            before = filed == null ? Set.of() : ids(filed);
            if (filed == null) {
                polls.addBallot(pollId, key, joined(chosen));
            } else {
                polls.changeBallot(pollId, key, joined(chosen));
            }
        } else {
            before = new HashSet<>(polls.findChoices(pollId, voterId));
            polls.clearChoices(pollId, voterId);
            chosen.forEach(option -> polls.addChoice(pollId, voterId, option, now));
        }
        before.stream().filter(option -> !chosen.contains(option)).forEach(option -> options.count(option, -1));
        chosen.stream().filter(option -> !before.contains(option)).forEach(option -> options.count(option, 1));
        if (!votedBefore) {
            polls.addVoter(pollId, voterId);
            polls.countVoter(pollId, 1);
        }
        events.publish(new PollChanged(pollId));
        return state(polls.findById(pollId).orElseThrow(), voterId, chosen, true);
    }

    /** The author closes their poll; results hidden until now become visible. */
    @Transactional
    public PollState closePoll(long pollId, Actor actor) {
        permissions.requirePerson(actor);
        visible(pollId, actor.accountId());
        Poll poll = polls.findForUpdate(pollId).orElseThrow(() -> PartaException.notFound("poll.notFound"));
        if (poll.createdBy() != actor.accountId()) {
            throw PartaException.forbidden("poll.notAuthor");
        }
        if (poll.closedAt() != null) {
            throw PartaException.conflict("poll.closed");
        }
        polls.close(pollId, clock.instant());
        auditLog.recordEvent("poll.closed", actor.accountId(), String.valueOf(pollId), null);
        events.publish(new PollChanged(pollId));
        return findPoll(pollId, actor.accountId(), null);
    }

    /** Marks the polls past their deadline closed (their votes were refused from the deadline on). */
    @Transactional
    public int closeDuePolls() {
        Instant now = clock.instant();
        int closed = 0;
        for (Poll due : polls.findDue(now)) {
            closed += polls.close(due.id(), due.closesAt());
            events.publish(new PollChanged(due.id()));
        }
        return closed;
    }

    /** A poll as the viewer sees it; {@code secret} finds their anonymous ballot (null: not shown). */
    public PollState findPoll(long pollId, long viewerId, @Nullable BallotSecret secret) {
        visible(pollId, viewerId);
        Poll poll = polls.findById(pollId).orElseThrow(() -> PartaException.notFound("poll.notFound"));
        boolean voted = polls.countVoter(pollId, viewerId) > 0;
        Set<Long> mine = !voted ? Set.of() : poll.anonymous()
                ? secret == null ? Set.of() : polls.findBallot(pollId, secret.ballotKey(pollId)).map(PollService::ids)
                .orElse(Set.of())
                : new HashSet<>(polls.findChoices(pollId, viewerId));
        return state(poll, viewerId, mine, voted);
    }

    /** Who in the chat has not voted yet: a named poll's author only. */
    public List<String> findNonVoters(long pollId, long viewerId) {
        Poll poll = authorsPoll(pollId, viewerId);
        if (poll.anonymous()) {
            throw PartaException.forbidden("poll.anonymous");
        }
        return reads.findNonVoters(pollId, poll.conversationId(), poll.createdBy());
    }

    /** The results as CSV for the poll's author (and, in a named poll, who chose what), once visible. */
    public byte[] exportResultsCsv(long pollId, ZoneId zone, Actor actor) {
        permissions.requirePerson(actor);
        Poll poll = authorsPoll(pollId, actor.accountId());
        if (!poll.resultsVisible(clock.instant())) {
            throw PartaException.conflict("poll.results.hidden");
        }
        auditLog.recordEvent("poll.exported", actor.accountId(), String.valueOf(pollId), null);
        return PollCsv.render(findResults(pollId), poll.anonymous() ? List.of() : reads.findNamedVotes(pollId), zone);
    }

    private Poll authorsPoll(long pollId, long viewerId) {
        visible(pollId, viewerId);
        Poll poll = polls.findById(pollId).orElseThrow(() -> PartaException.notFound("poll.notFound"));
        if (poll.createdBy() != viewerId) {
            throw PartaException.forbidden("poll.notAuthor");
        }
        return poll;
    }

    /** The same for everyone: what a live frame carries (no one's own choice). */
    PollState findResults(long pollId) {
        Poll poll = polls.findById(pollId).orElseThrow(() -> PartaException.notFound("poll.notFound"));
        return state(poll, 0, Set.of(), false);
    }

    /** The chat a poll is in, for access checks of its live topic. */
    long findConversationOf(long pollId) {
        return polls.findById(pollId).map(Poll::conversationId).orElse(-1L);
    }

    private PollState state(Poll poll, long viewerId, Set<Long> mine, boolean voted) {
        Instant now = clock.instant();
        boolean visible = poll.resultsVisible(now);
        List<PollState.Option> shown = options.findByPollIdOrderByPositionAsc(poll.id()).stream()
                .map(o -> new PollState.Option(o.id(), o.text(), visible ? o.votes() : null)).toList();
        return new PollState(poll.id(), poll.conversationId(), poll.question(), poll.multiple(), poll.anonymous(),
                poll.resultsAfterClose(), poll.closesAt(), poll.isClosed(now), poll.voters(), shown, visible, voted,
                mine, poll.createdBy() == viewerId && poll.closedAt() == null, poll.createdBy() == viewerId);
    }

    /** A poll its message shows to the viewer (a member of its chat); not found for anyone else. */
    private void visible(long pollId, long viewerId) {
        Poll poll = polls.findById(pollId).orElseThrow(() -> PartaException.notFound("poll.notFound"));
        if (poll.messageId() == null) {
            throw PartaException.notFound("poll.notFound");
        }
        try {
            if (chats.findMessage(poll.messageId(), viewerId).deleted()) {
                throw PartaException.notFound("poll.notFound");
            }
        } catch (PartaException notMember) {
            throw PartaException.notFound("poll.notFound");
        }
    }

    private Set<Long> chosen(Poll poll, Set<Long> optionIds) {
        if (optionIds == null || optionIds.isEmpty()) {
            throw PartaException.invalid("poll.vote.empty");
        }
        if (!poll.multiple() && optionIds.size() > 1) {
            throw PartaException.invalid("poll.vote.single");
        }
        Set<Long> own = options.findByPollIdOrderByPositionAsc(poll.id()).stream().map(PollOption::id)
                .collect(Collectors.toSet());
        if (!own.containsAll(optionIds)) {
            throw PartaException.invalid("poll.vote.badOption");
        }
        return new LinkedHashSet<>(optionIds);
    }

    private static List<String> answers(List<String> raw) {
        List<String> answers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String option : raw) {
            String text = DisplayText.name(option == null ? "" : option);
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > OPTION_MAX) {
                throw PartaException.invalid("poll.option.tooLong", OPTION_MAX);
            }
            if (!seen.add(text.toLowerCase(Locale.ROOT).replace('ё', 'е'))) {
                throw PartaException.invalid("poll.options.duplicate", text);
            }
            answers.add(text);
        }
        if (answers.size() < OPTIONS_MIN) {
            throw PartaException.invalid("poll.options.tooFew", OPTIONS_MIN);
        }
        if (answers.size() > OPTIONS_MAX) {
            throw PartaException.invalid("poll.options.tooMany", OPTIONS_MAX);
        }
        return answers;
    }

    private void attach(long pollId, long messageId) {
        polls.findById(pollId).filter(p -> p.messageId() == null).ifPresent(p -> polls.attachMessage(pollId, messageId));
    }

    static Set<Long> ids(String joined) {
        return joined.isEmpty() ? Set.of() : Arrays.stream(joined.split(",")).map(Long::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String joined(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}

package ru.parta.ui.chat;

import com.vaadin.flow.component.Component;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.parta.base.PartaException;
import ru.parta.chat.ChatMessage;
import ru.parta.poll.PollFrames;
import ru.parta.poll.PollService;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.UiErrors;

/**
 * The polls of a chat screen: their cards as the viewer sees them (their own choice included), a
 * vote, the author's results, a new poll. The screen's client callables hand their (untrusted)
 * arguments here; a malformed one gets an empty answer.
 */
@Prototype
public class ChatPolls {

    private static final String ID = "\\d{1,18}";

    private final PollService polls;
    private final PollFrames pollFrames;

    public ChatPolls(PollService polls, PollFrames pollFrames) {
        this.polls = polls;
        this.pollFrames = pollFrames;
    }

    /** The cards of a page's polls: {"id": card}; a poll not (or no longer) shown is left out. */
    String cards(List<ChatMessage> page, long viewerId) {
        StringBuilder json = new StringBuilder("{");
        for (ChatMessage message : page) {
            if (message.pollId() != null && !message.deleted()) {
                try {
                    String card = pollFrames.describe(polls.findPoll(message.pollId(), viewerId,
                            CurrentAccount.ballotSecret()));
                    json.append(json.length() > 1 ? "," : "").append('"').append(message.pollId()).append("\":")
                            .append(card);
                } catch (PartaException gone) {
                    // Not shown yet, or no longer: the bubble draws without its card.
                }
            }
        }
        return json.append('}').toString();
    }

    /** A poll that arrived live, as this viewer sees it; {} if not theirs to see. */
    String card(String pollId, long viewerId) {
        if (!pollId.matches(ID)) {
            return "{}";
        }
        try {
            return pollFrames.describe(polls.findPoll(Long.parseLong(pollId), viewerId, CurrentAccount.ballotSecret()));
        } catch (PartaException notThere) {
            return "{}";
        }
    }

    /** A vote, or a changed one: the poll as the voter now sees it, or {} after a refusal shown on the screen. */
    String vote(String pollId, String optionIds, Component screen) {
        if (!pollId.matches(ID) || !optionIds.matches(ID + "(," + ID + "){0,9}")) {
            return "{}";
        }
        try {
            Set<Long> chosen = Arrays.stream(optionIds.split(",")).map(Long::valueOf).collect(Collectors.toSet());
            return pollFrames.describe(polls.castVote(Long.parseLong(pollId), chosen, CurrentAccount.ballotSecret(),
                    CurrentAccount.actor()));
        } catch (PartaException refused) {
            UiErrors.show(screen.getTranslation(refused.messageKey(), refused.arguments()));
            return "{}";
        }
    }

    /** The author's view of a poll: results, who has not voted, closing, export. */
    void openResults(String pollId, long viewerId, ZoneId zone, Component screen) {
        if (!pollId.matches(ID)) {
            return;
        }
        try {
            new PollResultsDialog(polls.findPoll(Long.parseLong(pollId), viewerId, CurrentAccount.ballotSecret()),
                    polls, zone).open();
        } catch (PartaException refused) {
            UiErrors.show(screen.getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    /** The dialog for a new poll in this chat. */
    void openNew(long conversationId, ZoneId zone, Clock clock) {
        new PollDialog(conversationId, polls, zone, clock).open();
    }
}

package ru.parta.ui.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import ru.parta.base.PartaException;
import ru.parta.poll.PollService;
import ru.parta.poll.PollState;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.Downloads;
import ru.parta.ui.base.UiErrors;

/** For a poll's author: the results, who has not voted (named polls), closing it, and the CSV. */
class PollResultsDialog extends Dialog {

    PollResultsDialog(PollState poll, PollService polls, ZoneId zone) {
        setId("poll-results");
        addClassName("chat-dialog");
        setHeaderTitle(poll.question());
        Div results = new Div();
        results.addClassName("poll-results");
        for (PollState.Option option : poll.options()) {
            results.add(new Div(new Span(option.text()), new Span(option.votes() == null ? "—"
                    : String.valueOf(option.votes()))));
        }
        add(new Paragraph(getTranslation("poll.voters", poll.voters())), results);
        if (!poll.resultsVisible()) {
            add(new Paragraph(getTranslation("poll.results.hidden")));
        }
        if (!poll.anonymous()) {
            List<String> missing = polls.findNonVoters(poll.id(), CurrentAccount.actor().accountId());
            Div names = new Div();
            names.setId("poll-non-voters");
            names.addClassName("poll-non-voters");
            missing.forEach(name -> names.add(new Div(name)));
            add(new H4(getTranslation("poll.nonVoters", missing.size())), names);
        }
        if (poll.resultsVisible()) {
            long pollId = poll.id();
            add(Downloads.link("poll-csv", "CSV", "parta-poll-" + pollId + ".csv", "text/csv",
                    () -> polls.exportResultsCsv(pollId, zone, CurrentAccount.actor())));
        }
        Button closeDialog = new Button(getTranslation("action.close"), click -> close());
        if (poll.mayClose()) {
            Button end = new Button(getTranslation("poll.close"), click -> {
                try {
                    polls.closePoll(poll.id(), CurrentAccount.actor());
                    close();
                } catch (PartaException refused) {
                    UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
                }
            });
            end.setId("poll-close");
            end.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(end);
        }
        getFooter().add(closeDialog);
    }
}

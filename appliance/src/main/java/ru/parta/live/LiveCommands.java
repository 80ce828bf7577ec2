package ru.parta.live;

import java.util.Locale;
import ru.parta.access.Actor;

/**
 * What a feature answers on the live connection besides topics: a tab's request to change
 * something (a chat's "post"), so the commonest action of a busy school costs no Vaadin round
 * trip. The feature runs it through its own service as the tab's person, exactly as its screen
 * would; the hub adds nothing but who and in what language.
 */
public interface LiveCommands {

    /** The request's {@code op}, e.g. "post". */
    String op();

    /**
     * Runs the request as the tab's person; the answer is a JSON object for the tab (an outcome,
     * or {@code {"error":"…"}} with the refusal in the tab's language).
     */
    String run(Actor actor, Locale language, LiveCommand command);
}

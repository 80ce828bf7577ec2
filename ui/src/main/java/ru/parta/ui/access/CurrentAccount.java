package ru.parta.ui.access;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.SessionService;
import ru.parta.base.PartaException;
import ru.parta.poll.BallotSecret;
import ru.parta.rules.RulesService;

/**
 * The person signed in to the current browser session, kept in the Vaadin session together with
 * the id of their row in the session list (so it can be ended from elsewhere).
 */
public final class CurrentAccount {

    private static final String SESSION_ID = "parta.sessionId";
    private static final String RULES_ACCEPTED = "parta.rulesAccepted";

    /** Removes what Parta keeps in this browser (drafts, the outbox): the next person must not see it. */
    private static final String FORGET_BROWSER_DATA = "try { Object.keys(window.localStorage)"
            + ".filter((k) => k.startsWith('parta.')).forEach((k) => window.localStorage.removeItem(k)); }"
            + " catch (e) { }";

    /**
     * The page's answer when the live connection says the session ended (live.js): the browser's
     * drafts and outbox are forgotten, as at sign-out, and the sign-in page opens.
     */
    public static final String LEAVE_WHEN_SIGNED_OUT = "if (!window.partaLeaves) { window.partaLeaves = true;"
            + " window.addEventListener('parta-signed-out', () => { " + FORGET_BROWSER_DATA
            + " window.location.assign(new URL('" + ru.parta.ui.Routes.LOGIN + "', document.baseURI)); }); }";

    /** How many messages of person $0 this browser still holds unsent (chat.js's outbox). */
    public static final String UNSENT_COUNT = "try { const prefix = 'parta.' + $0 + '.outbox.';"
            + " return Object.keys(window.localStorage).filter((k) => k.startsWith(prefix))"
            + ".reduce((n, k) => n + (JSON.parse(window.localStorage.getItem(k)) || []).length, 0); }"
            + " catch (e) { return 0; }";

    private CurrentAccount() {
    }

    public static Optional<AccountSummary> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(AccountSummary.class));
    }

    /**
     * The signed-in person as the services see them: the only place the web screens make an
     * {@link Actor}, always with this browser's session, so a service refuses the screen the moment
     * that session ends or the account is disabled.
     */
    public static Actor actor() {
        AccountSummary account = get().orElseThrow(() -> new IllegalStateException("No one is signed in"));
        return Actor.of(account, sessionId().orElse(null));
    }

    /** The id of this browser's session in the session list, if signed in. */
    public static Optional<String> sessionId() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(SESSION_ID));
    }

    /**
     * Starts the signed-in session under a new session id, so an id seen before sign-in is
     * worthless, and records it in the person's session list. The password is used once more here,
     * for the key of the person's anonymous ballots ({@link BallotSecret}), and then forgotten.
     */
    public static void signIn(AccountSummary account, SessionService sessions, String password) {
        String sessionId = sessions.startSession(account.id(), clientAddress(), userAgent());
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        VaadinSession.getCurrent().setAttribute(AccountSummary.class, account);
        // Made from the password now, kept in memory only: it files this person's anonymous ballots.
        VaadinSession.getCurrent().setAttribute(BallotSecret.class, BallotSecret.fromPassword(account.id(), password));
        VaadinSession.getCurrent().setAttribute(SESSION_ID, sessionId);
        // Plain servlets (file downloads) read who is asking from the HTTP session.
        VaadinSession.getCurrent().getSession().setAttribute(ru.parta.access.WebSession.ACCOUNT_ID, account.id());
        VaadinSession.getCurrent().getSession().setAttribute(ru.parta.access.WebSession.SESSION_ID, sessionId);
    }

    /** The key of this person's anonymous ballots, if they signed in with their password in this session. */
    public static BallotSecret ballotSecret() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getAttribute(BallotSecret.class);
    }

    /**
     * Whether the person has accepted the current edition of the rules: remembered in the session
     * once known, so a navigation costs a database read only when a new edition appears.
     */
    public static boolean hasAcceptedRules(RulesService rules) {
        int current = rules.findCurrentEditionNumber();
        VaadinSession session = VaadinSession.getCurrent();
        if (current == 0 || session == null || Integer.valueOf(current).equals(session.getAttribute(RULES_ACCEPTED))) {
            return true;
        }
        boolean accepted = get().map(account -> !rules.isAcceptanceDue(account.id())).orElse(false);
        if (accepted) {
            session.setAttribute(RULES_ACCEPTED, current);
        }
        return accepted;
    }

    /** Keeps what the guard read fresh from the database (roles may have changed, or the account gone). */
    static void replace(AccountSummary account) {
        VaadinSession.getCurrent().setAttribute(AccountSummary.class, account);
    }

    /** Signs out: ends this session in the person's list, then the browser session. */
    public static void signOut(SessionService sessions) {
        Optional<AccountSummary> account = get();
        Optional<String> sessionId = sessionId();
        if (account.isPresent() && sessionId.isPresent()) {
            try {
                sessions.endSession(sessionId.get(), Actor.of(account.get(), sessionId.get()));
            } catch (PartaException alreadyEnded) {
                // Ended elsewhere meanwhile (disabled, ended from another device): signing out goes on.
            }
        }
        drop();
    }

    /**
     * Ends the whole browser session and returns to the sign-in page (the session row is already
     * ended). Safe to call twice: signing out ends the session row, whose event reaches this very
     * screen and drops it before signOut's own call does.
     */
    public static void drop() {
        UI.getCurrent().getPage().setLocation(ru.parta.ui.Routes.LOGIN);
        UI.getCurrent().getPage().executeJs(FORGET_BROWSER_DATA);
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(AccountSummary.class, null);
        session.setAttribute(SESSION_ID, null);
        session.setAttribute(BallotSecret.class, null);
        session.setAttribute(RULES_ACCEPTED, null);
        if (session.getSession() != null) {
            session.getSession().invalidate();
        }
    }

    /** The address the browser connects from, for sign-in throttling and the audit trail. */
    public static String clientAddress() {
        VaadinSession session = VaadinSession.getCurrent();
        String address = session == null ? null : session.getBrowser().getAddress();
        return address == null ? "unknown" : address;
    }

    private static String userAgent() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getHeader("User-Agent");
    }
}

package ru.parta.ui.access;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import ru.parta.access.AccountSummary;

/** The person signed in to the current browser session, kept in the Vaadin session. */
public final class CurrentAccount {

    private CurrentAccount() {
    }

    public static Optional<AccountSummary> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(AccountSummary.class));
    }

    /** Starts the signed-in session under a new session id, so an id seen before sign-in is worthless. */
    public static void signIn(AccountSummary account) {
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        VaadinSession.getCurrent().setAttribute(AccountSummary.class, account);
    }

    /** Keeps what the guard read fresh from the database (roles may have changed, or the account gone). */
    static void replace(AccountSummary account) {
        VaadinSession.getCurrent().setAttribute(AccountSummary.class, account);
    }

    /** Ends the whole browser session and returns to the sign-in page. */
    public static void signOut() {
        UI.getCurrent().getPage().setLocation(ru.parta.ui.Routes.LOGIN);
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(AccountSummary.class, null);
        session.getSession().invalidate();
    }

    /** The address the browser connects from, for sign-in throttling and the audit trail. */
    public static String clientAddress() {
        VaadinSession session = VaadinSession.getCurrent();
        String address = session == null ? null : session.getBrowser().getAddress();
        return address == null ? "unknown" : address;
    }
}

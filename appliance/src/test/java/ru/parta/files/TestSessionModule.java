package ru.parta.files;

import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import ru.parta.access.SessionService;
import ru.parta.access.WebSession;
import ru.parta.base.web.WebModule;

/**
 * Tests only: signs a browser session in as the UI does at sign-in (the two session attributes),
 * so file downloads can be tried over real HTTP without driving the UI.
 */
@Singleton
class TestSessionModule implements WebModule {

    private final SessionService sessions;

    TestSessionModule(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public void configure(ServletContextHandler context) {
        context.addServlet(new ServletHolder("test-session", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                long accountId = Long.parseLong(request.getParameter("account"));
                request.getSession(true).setAttribute(WebSession.ACCOUNT_ID, accountId);
                request.getSession().setAttribute(WebSession.SESSION_ID,
                        sessions.startSession(accountId, request.getRemoteAddr(), "test"));
                response.setStatus(204);
            }
        }), "/test/sign-in");
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}

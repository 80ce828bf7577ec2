package ru.parta.testing;

import jakarta.inject.Singleton;
import java.io.IOException;
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
public class TestSessionModule implements WebModule {

    private final SessionService sessions;

    public static final String PATH = "/test/sign-in";

    TestSessionModule(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public void configure(ServletContextHandler context) {
        context.addServlet(new ServletHolder("test-session", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                long accountId = Long.parseLong(request.getParameter("account"));
                String sessionId = sessions.startSession(accountId, request.getRemoteAddr(), "test");
                request.getSession(true).setAttribute(WebSession.ACCOUNT_ID, accountId);
                request.getSession().setAttribute(WebSession.SESSION_ID, sessionId);
                response.setStatus(200);
                response.getWriter().write(sessionId);
            }
        }), PATH);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}

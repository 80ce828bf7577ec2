package ru.parta.base.web;

import io.micronaut.json.JsonMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import ru.parta.base.PartaException;
import ru.parta.base.i18n.Messages;

/**
 * Base of the appliance's JSON endpoints under {@code /api}. The one place where a
 * {@link PartaException} becomes an HTTP status and a translated message.
 */
public abstract class ApiServlet extends HttpServlet {

    private final transient JsonMapper json;
    private final transient Messages messages = Messages.core();

    protected ApiServlet(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Reply reply = handleGet(request);
            writeJson(response, reply.status(), reply.body());
        } catch (PartaException e) {
            String message = messages.translate(e.messageKey(), request.getLocale(), e.arguments());
            writeJson(response, e.category().httpStatus(), Map.of("error", e.messageKey(), "message", message));
        }
    }

    protected abstract Reply handleGet(HttpServletRequest request);

    private void writeJson(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }

    /** What a handler answers: a status and a body to serialize. */
    protected record Reply(int status, Object body) {
    }
}

package ru.parta.broadcast;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import ru.parta.base.web.WebModule;
import ru.parta.files.FileService;

/** Serves the classroom display's page and media at {@code /display/*}, ahead of the UI's {@code /*}. */
@Singleton
class DisplayWebModule implements WebModule {

    private final DisplayServlet servlet;

    DisplayWebModule(DisplayService displays, BroadcastService broadcasts, SlideRenderer slides, FileService files,
                     DisplayPresence presence, JsonMapper json) {
        this.servlet = new DisplayServlet(displays, broadcasts, slides, files, presence, json);
    }

    @Override
    public void configure(ServletContextHandler context) {
        context.addServlet(new ServletHolder("display", servlet), "/display/*");
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}

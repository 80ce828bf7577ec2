package ru.parta.files;

import jakarta.inject.Singleton;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import ru.parta.base.web.WebModule;

/** Serves files at {@code /files/*}, ahead of the UI's {@code /*}. */
@Singleton
class FilesWebModule implements WebModule {

    private final FileGate gate;
    private final FileService files;
    private final Previews previews;

    FilesWebModule(FileGate gate, FileService files, Previews previews) {
        this.gate = gate;
        this.files = files;
        this.previews = previews;
    }

    @Override
    public void configure(ServletContextHandler context) {
        context.addServlet(new ServletHolder("files", new FileServlet(gate, files, previews)), "/files/*");
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}

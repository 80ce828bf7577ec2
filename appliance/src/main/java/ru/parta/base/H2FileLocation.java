package ru.parta.base;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * H2 refuses a file URL with a bare relative path ("data/parta"), and {@code PARTA_DATA_DIR} may
 * well be one; this makes the configured file path absolute (and its directory exist) before the
 * connection pool opens.
 */
@Singleton
class H2FileLocation implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final String PREFIX = "jdbc:h2:file:";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getUrl();
        if (url != null && url.startsWith(PREFIX)) {
            configuration.setUrl(absolute(url));
        }
        return configuration;
    }

    static String absolute(String url) {
        String rest = url.substring(PREFIX.length());
        int settings = rest.indexOf(';');
        String file = settings < 0 ? rest : rest.substring(0, settings);
        String tail = settings < 0 ? "" : rest.substring(settings);
        Path path = Path.of(file).toAbsolutePath().normalize();
        DataDirectory directory = new DataDirectory();
        directory.setDir(path.getParent().toString());
        directory.root();
        return PREFIX + path + tail;
    }
}

package ru.parta.backup;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import ru.parta.base.DataDirectory;

/**
 * Before the database opens, undoes a restore that was cut short between its renames (see
 * {@link RestoreStep}), so Parta never starts on half of one and half of the other.
 */
@Singleton
class RestoreRecovery implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final String PREFIX = "jdbc:h2:file:";

    private final DataDirectory dataDirectory;

    RestoreRecovery(DataDirectory dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        String url = event.getBean().getUrl();
        if (url != null && url.startsWith(PREFIX)) {
            String rest = url.substring(PREFIX.length());
            int settings = rest.indexOf(';');
            Path base = Path.of(settings < 0 ? rest : rest.substring(0, settings)).toAbsolutePath().normalize();
            RestoreStep.recoverInterrupted(dataDirectory.root(), base.resolveSibling(base.getFileName() + ".mv.db"));
        }
        return event.getBean();
    }
}

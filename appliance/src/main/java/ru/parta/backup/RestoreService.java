package ru.parta.backup;

import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.DataDirectory;
import ru.parta.base.PartaException;
import ru.parta.base.Restarts;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/**
 * Puts the school back as a backup has it. The backup is checked in full first (a damaged or a
 * newer one is refused while the school runs untouched); then open screens are told, Parta stops,
 * the backup is put in place (the current data kept aside), and Parta starts again on it.
 */
@Singleton
public class RestoreService {

    /** Time for the answer to reach the person who asked and for open screens to show the notice. */
    static final Duration NOTICE = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);

    private final BackupService backups;
    private final BackupVerifier verifier;
    private final DataSource dataSource;
    private final Path dataDir;
    private final Restarts restarts;
    private final Permissions permissions;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;

    RestoreService(BackupService backups, BackupVerifier verifier, DataSource dataSource, DataDirectory dataDirectory,
                   Restarts restarts, Permissions permissions, AuditLog auditLog, EventBus events, Clock clock) {
        this.backups = backups;
        this.verifier = verifier;
        // The pool itself: a backup or a restore check holds its own connection, outside any transaction.
        this.dataSource = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource);
        this.dataDir = dataDirectory.root();
        this.restarts = restarts;
        this.permissions = permissions;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks the backup and, when it can be restored, starts the restore: Parta goes down within
     * a few seconds and comes back on the backup's data. Refused while a backup is being made.
     */
    public BackupEntry restoreBackup(Actor actor, String name) {
        permissions.requireAnyRole(actor, Role.ADMIN);
        Path folder = backups.requireBackup(name);
        if (backups.findProgress().isPresent()) {
            throw PartaException.conflict("backup.running");
        }
        Verification verification = verifier.verify(folder, new ProgressMeter());
        if (!verification.passed()) {
            throw PartaException.invalid(verification.problemKey(), verification.problemArguments().toArray());
        }
        BackupManifest manifest = BackupManifest.read(folder);
        int current = liveSchemaVersion();
        if (manifest.schemaVersion() > current) {
            throw PartaException.invalid("backup.schemaNewer", manifest.schemaVersion(), current);
        }
        Path databaseFile = liveDatabaseFile();
        auditLog.recordEvent("backup.restoreStarted", actor.auditId(), name, null);
        events.publish(new RestoreStarting(name));
        LOG.warn("Restoring backup {} as asked by account {}: Parta stops in {} s", name, actor.accountId(),
                NOTICE.toSeconds());
        RestoreStep step = new RestoreStep(dataDir, databaseFile, folder, actor.accountId(), clock);
        Thread.ofVirtual().name("restore-" + name).start(() -> {
            try {
                Thread.sleep(NOTICE);
                restarts.restartWith(step);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (PartaException e) {
                LOG.warn("A restart was already under way; backup {} was not restored", name);
            }
        });
        return BackupFolder.entryOf(folder);
    }

    private int liveSchemaVersion() {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseCopy.schemaVersion(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The live database cannot be read", e);
        }
    }

    /** The live database's file: only a file database can be restored (tests run some in memory). */
    private Path liveDatabaseFile() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT DATABASE_PATH()")) {
            String path = result.next() ? result.getString(1) : null;
            if (path == null || !Files.exists(Path.of(path + ".mv.db"))) {
                throw PartaException.invalid("backup.restoreNeedsFile");
            }
            return Path.of(path + ".mv.db");
        } catch (SQLException e) {
            throw new IllegalStateException("The live database cannot be read", e);
        }
    }
}

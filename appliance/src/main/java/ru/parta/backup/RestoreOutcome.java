package ru.parta.backup;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.base.DataDirectory;
import ru.parta.base.audit.AuditLog;

/**
 * At the first start after a restore, writes it into the audit trail of the database now in place
 * (the request was audited in the one that was replaced) and keeps it for the backup page.
 */
@Singleton
class RestoreOutcome {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreOutcome.class);

    private final Path dataDir;
    private final AuditLog auditLog;

    RestoreOutcome(DataDirectory dataDirectory, AuditLog auditLog) {
        this.dataDir = dataDirectory.root();
        this.auditLog = auditLog;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        Optional<RestoreResult.Noted> noted = RestoreResult.read(dataDir);
        if (noted.isEmpty() || noted.get().audited()) {
            return;
        }
        RestoreResult result = noted.get().result();
        auditLog.recordEvent(result.succeeded() ? "backup.restored" : "backup.restoreFailed",
                result.actorId() == 0 ? null : result.actorId(), result.backupName(), null);
        LOG.info(result.succeeded() ? "Parta runs on the data of backup {}" : "The restore of backup {} failed: {}",
                result.backupName(), result.problemKey());
        try {
            RestoreResult.write(dataDir, result, true);
        } catch (IOException e) {
            LOG.warn("The restore outcome could not be marked as audited", e);
        }
    }
}

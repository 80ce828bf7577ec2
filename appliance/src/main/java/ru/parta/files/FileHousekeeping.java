package ru.parta.files;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.DataDirectory;
import ru.parta.base.audit.AuditLog;

/**
 * Keeps the store tidy and honest: deleted files go after a grace period, blobs nothing refers to
 * any more go with them, abandoned staging files are swept, and an integrity check hashes every
 * blob again and reports any that no longer match.
 */
@Singleton
public class FileHousekeeping {

    static final Duration GRACE = Duration.ofDays(7);
    static final Duration STAGING_AGE = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(FileHousekeeping.class);

    private final StoredFileRepository files;
    private final StoredBlobRepository blobRows;
    private final MaterialViewRepository views;
    private final BlobStore blobs;
    private final Previews previews;
    private final Path staging;
    private final Permissions permissions;
    private final AuditLog auditLog;
    private final Clock clock;

    FileHousekeeping(StoredFileRepository files, StoredBlobRepository blobRows, MaterialViewRepository views,
                     BlobStore blobs, Previews previews, DataDirectory dataDirectory, Permissions permissions,
                     AuditLog auditLog, Clock clock) {
        this.files = files;
        this.blobRows = blobRows;
        this.views = views;
        this.blobs = blobs;
        this.previews = previews;
        this.staging = dataDirectory.root().resolve("files").resolve("staging");
        this.permissions = permissions;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void sweep() {
        int removed = removeUnused();
        if (removed > 0) {
            LOG.info("File housekeeping removed {} unused files", removed);
        }
    }

    /** Every Sunday night the whole store is hashed again; damage is logged as an error. */
    @Scheduled(cron = "0 30 3 * * SUN")
    void weeklyIntegrityCheck() {
        verifyAll(null);
    }

    private List<String> verifyAll(Long actorAccountId) {
        List<String> damaged = new ArrayList<>();
        for (StoredBlobRow blob : blobRows.findAll()) {
            if (!blobs.verify(blob.sha256())) {
                damaged.add(blob.sha256());
            }
        }
        auditLog.recordEvent("files.integrityChecked", actorAccountId, "damaged=" + damaged.size(), null);
        if (!damaged.isEmpty()) {
            LOG.error("File store integrity check: {} damaged or missing blobs: {}", damaged.size(), damaged);
        }
        return damaged;
    }

    /** Removes files deleted longer than the grace period ago, then every blob nothing refers to. */
    @Transactional
    public int removeUnused() {
        Instant now = clock.instant();
        int removed = 0;
        for (StoredFile file : files.findByDeletedAtLessThan(now.minus(GRACE))) {
            views.deleteByIdFileId(file.id());
            files.delete(file);
            removed++;
        }
        for (StoredBlobRow blob : blobRows.findUnreferenced()) {
            blobRows.delete(blob);
            blobs.delete(blob.sha256());
            previews.deletePreview(blob.sha256());
        }
        try (Stream<Path> stale = Files.list(staging)) {
            stale.filter(p -> isOlderThan(p, now.minus(STAGING_AGE))).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("Could not remove {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not sweep the staging area", e);
        }
        return removed;
    }

    /** Hashes every blob again; returns the ones missing or changed on disk. Administrators only. */
    public List<String> checkIntegrity(Actor actor) {
        permissions.requireAdmin(actor);
        return verifyAll(actor.auditId());
    }

    private static boolean isOlderThan(Path path, Instant moment) {
        try {
            return Files.getLastModifiedTime(path).toInstant().isBefore(moment);
        } catch (IOException e) {
            return false;
        }
    }
}

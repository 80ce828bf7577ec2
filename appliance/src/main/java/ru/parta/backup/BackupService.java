package ru.parta.backup;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.DataDirectory;
import ru.parta.base.ErrorCategory;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.school.SchoolService;
import ru.parta.base.Disks;

/**
 * Backups for administrators, the nightly schedule and the console: make one now (written,
 * verified, copied to the extra place, old ones rotated out), check one again, list them, and say
 * whether the school is covered. One backup runs at a time.
 */
@Singleton
public class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final BackupProperties properties;
    private final Path directory;
    private final Path dataDir;
    private final BackupWriter writer;
    private final BackupVerifier verifier;
    private final ExtraCopy extraCopy;
    private final Permissions permissions;
    private final AuditLog auditLog;
    private final EventBus events;
    private final SchoolService schools;
    private final Clock clock;
    private final ProgressMeter progress = new ProgressMeter();
    private final AtomicBoolean running = new AtomicBoolean();
    /** Before any attempt is on record, the nightly clock starts from this start, not from long ago. */
    private final Instant startedAt;

    BackupService(BackupProperties properties, DataDirectory dataDirectory, BackupWriter writer, BackupVerifier verifier,
                  ExtraCopy extraCopy, Permissions permissions, AuditLog auditLog, EventBus events,
                  SchoolService schools, Clock clock) {
        this.properties = properties;
        this.dataDir = dataDirectory.root();
        this.directory = properties.getDirectory().isEmpty() ? dataDirectory.root().resolve("backups")
                : Path.of(properties.getDirectory()).toAbsolutePath().normalize();
        this.writer = writer;
        this.verifier = verifier;
        this.extraCopy = extraCopy;
        this.permissions = permissions;
        this.auditLog = auditLog;
        this.events = events;
        this.schools = schools;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /**
     * Writes a backup now and checks it; refused while another runs. A failure leaves nothing
     * half-written, is remembered for the warning and audited, and is thrown as its reason.
     */
    public BackupEntry makeBackup(Actor actor) {
        permissions.requireAnyRole(actor, Role.ADMIN);
        if (!running.compareAndSet(false, true)) {
            throw PartaException.conflict("backup.running");
        }
        Instant started = clock.instant();
        progress.start(started);
        try {
            Files.createDirectories(directory);
            Path folder = writer.write(directory, properties.getReserveBytes(), progress);
            Verification verification = verifier.verify(folder, progress);
            if (!verification.passed()) {
                throw new PartaException(ErrorCategory.INVALID, verification.problemKey(),
                        verification.problemArguments().toArray());
            }
            copyToExtra(folder);
            rotate();
            String name = folder.getFileName().toString();
            new LastAttempt(clock.instant(), true, name, null, List.of()).write(directory);
            auditLog.recordEvent("backup.made", actor.auditId(), name, null);
            LOG.info("Backup {} written and verified in {} s: {} rows, {} files", name,
                    java.time.Duration.between(started, clock.instant()).toSeconds(), verification.rows(), verification.files());
            events.publish(new BackupFinished(name, true, null));
            return BackupFolder.entryOf(folder);
        } catch (PartaException failure) {
            recordFailure(actor, failure.messageKey(), Arrays.stream(failure.arguments()).map(String::valueOf).toList());
            throw failure;
        } catch (IOException | RuntimeException failure) {
            String key = Disks.isFull(failure) ? "backup.diskFull" : "backup.writeFailed";
            recordFailure(actor, key, List.of(String.valueOf(failure.getMessage())));
            LOG.error("Backup failed", failure);
            throw PartaException.invalid(key, String.valueOf(failure.getMessage()));
        } finally {
            progress.finish();
            running.set(false);
        }
    }

    private void recordFailure(Actor actor, String key, List<String> arguments) {
        LOG.error("Backup failed: {} {}", key, arguments);
        try {
            new LastAttempt(clock.instant(), false, null, key, arguments).write(directory);
        } catch (IOException e) {
            LOG.error("The failed backup could not even be noted in {}", directory, e);
        }
        auditLog.recordEvent("backup.failed", actor.auditId(), key, null);
        events.publish(new BackupFinished(null, false, key));
    }

    /** The extra copy is best effort: its failure is logged and shown, the backup itself stands. */
    private void copyToExtra(Path folder) {
        if (properties.getExtraDirectory().isEmpty()) {
            return;
        }
        Path extra = extraDirectory();
        if (!ExtraCopy.present(extra)) {
            LOG.warn("The extra backup place {} is not there (disk not plugged in?); backup {} was not copied",
                    extra, folder.getFileName());
            return;
        }
        try {
            Verification copied = extraCopy.copy(folder, extra, progress);
            if (!copied.passed()) {
                LOG.error("The copy of {} in {} failed its check: {}", folder.getFileName(), extra, copied.problemKey());
            }
            deleteOld(extra);
        } catch (IOException | RuntimeException e) {
            LOG.error("Backup {} could not be copied to {}", folder.getFileName(), extra, e);
        }
    }

    private void rotate() {
        deleteOld(directory);
    }

    private void deleteOld(Path place) {
        Retention retention = new Retention(properties.getKeepDaily(), properties.getKeepWeekly(),
                properties.getKeepMonthly());
        for (String name : retention.toDelete(BackupFolder.list(place), schools.zone())) {
            BackupFolder.deleteQuietly(place.resolve(name));
            LOG.info("Backup {} in {} rotated out", name, place);
        }
    }

    /** Checks a backup again (a week later, before a restore); the outcome is kept beside it. */
    public Verification verifyBackup(Actor actor, String name) {
        permissions.requireAnyRole(actor, Role.ADMIN);
        Path folder = requireBackup(name);
        Verification verification = verifier.verify(folder, new ProgressMeter());
        auditLog.recordEvent(verification.passed() ? "backup.verified" : "backup.verifyFailed", actor.auditId(), name,
                null);
        return verification;
    }

    public List<BackupEntry> readBackups(Actor actor) {
        permissions.requireAnyRole(actor, Role.ADMIN);
        return BackupFolder.list(directory);
    }

    public BackupStatus readBackupStatus(Actor actor) {
        permissions.requireAnyRole(actor, Role.ADMIN);
        List<BackupEntry> backups = BackupFolder.list(directory);
        BackupEntry newest = backups.stream().filter(BackupEntry::verified).findFirst().orElse(null);
        LastAttempt last = LastAttempt.read(directory).orElse(null);
        boolean extraPresent = !properties.getExtraDirectory().isEmpty() && ExtraCopy.present(extraDirectory());
        return new BackupStatus(newest, last, progress.read(), warning(newest, last, extraPresent), findNextScheduled(),
                directory.toString(), properties.getExtraDirectory(), extraPresent, backups.size(),
                RestoreResult.read(dataDir).map(RestoreResult.Noted::result).orElse(null));
    }

    private BackupStatus.Warning warning(@Nullable BackupEntry newest, @Nullable LastAttempt last, boolean extraPresent) {
        if (last != null && !last.succeeded()) {
            return BackupStatus.Warning.LAST_FAILED;
        }
        if (newest == null) {
            return BackupStatus.Warning.NONE_YET;
        }
        if (newest.createdAt().plus(properties.getWarnAfter()).isBefore(clock.instant())) {
            return BackupStatus.Warning.TOO_OLD;
        }
        if (!properties.getExtraDirectory().isEmpty() && !extraPresent) {
            return BackupStatus.Warning.EXTRA_MISSING;
        }
        return null;
    }

    /** The next nightly start, in UTC; null when the schedule is off. */
    public @Nullable Instant findNextScheduled() {
        if (!properties.isScheduled()) {
            return null;
        }
        ZoneId zone = schools.zone();
        ZonedDateTime now = clock.instant().atZone(zone);
        ZonedDateTime today = LocalDate.from(now).atTime(properties.getAt()).atZone(zone);
        return (today.isAfter(now) ? today : today.plusDays(1)).toInstant();
    }

    /** Whether the nightly backup is due: its time today has come and no backup was tried since. */
    boolean isNightlyDue() {
        if (!properties.isScheduled() || running.get()) {
            return false;
        }
        ZoneId zone = schools.zone();
        ZonedDateTime now = clock.instant().atZone(zone);
        Instant todays = LocalDate.from(now).atTime(properties.getAt()).atZone(zone).toInstant();
        if (now.toInstant().isBefore(todays)) {
            return false;
        }
        Instant lastTried = LastAttempt.read(directory).map(LastAttempt::at).orElse(startedAt);
        return lastTried.isBefore(todays);
    }

    public Optional<BackupProgress> findProgress() {
        return Optional.ofNullable(progress.read());
    }

    Path directory() {
        return directory;
    }

    private Path extraDirectory() {
        return Path.of(properties.getExtraDirectory()).toAbsolutePath().normalize();
    }

    Path requireBackup(String name) {
        if (!BackupNames.isBackupName(name) || !Files.isDirectory(directory.resolve(name))) {
            throw PartaException.notFound("backup.notFound", String.valueOf(name));
        }
        return directory.resolve(name);
    }
}

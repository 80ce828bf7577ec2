package ru.parta.backup;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.time.LocalTime;

/** Backup settings (docs/operations.md, "parta.backup"). */
@ConfigurationProperties("parta.backup")
public class BackupProperties {

    /** Whether the nightly backup runs; backups on request work either way. */
    private boolean scheduled = true;
    /** When the nightly backup starts, in the school's time. */
    private LocalTime at = LocalTime.of(2, 0);
    /** Where backups are written; empty: {@code backups} in the data directory. */
    private String directory = "";
    /** A second place each verified backup is copied to (a USB disk); empty: none. */
    private String extraDirectory = "";
    private int keepDaily = 7;
    private int keepWeekly = 4;
    private int keepMonthly = 6;
    /** Administrators are warned when the newest verified backup is older than this. */
    private Duration warnAfter = Duration.ofHours(26);
    /** Free space a backup leaves on its disk, beyond what it needs. */
    private long reserveBytes = 256L * 1024 * 1024;

    public boolean isScheduled() {
        return scheduled;
    }

    public void setScheduled(boolean scheduled) {
        this.scheduled = scheduled;
    }

    public LocalTime getAt() {
        return at;
    }

    public void setAt(LocalTime at) {
        this.at = at;
    }

    public String getDirectory() {
        return directory;
    }

    public void setDirectory(String directory) {
        this.directory = directory == null ? "" : directory.strip();
    }

    public String getExtraDirectory() {
        return extraDirectory;
    }

    public void setExtraDirectory(String extraDirectory) {
        this.extraDirectory = extraDirectory == null ? "" : extraDirectory.strip();
    }

    public int getKeepDaily() {
        return keepDaily;
    }

    public void setKeepDaily(int keepDaily) {
        this.keepDaily = keepDaily;
    }

    public int getKeepWeekly() {
        return keepWeekly;
    }

    public void setKeepWeekly(int keepWeekly) {
        this.keepWeekly = keepWeekly;
    }

    public int getKeepMonthly() {
        return keepMonthly;
    }

    public void setKeepMonthly(int keepMonthly) {
        this.keepMonthly = keepMonthly;
    }

    public Duration getWarnAfter() {
        return warnAfter;
    }

    public void setWarnAfter(Duration warnAfter) {
        this.warnAfter = warnAfter;
    }

    public long getReserveBytes() {
        return reserveBytes;
    }

    public void setReserveBytes(long reserveBytes) {
        this.reserveBytes = reserveBytes;
    }
}

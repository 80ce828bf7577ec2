package ru.parta.files;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Limits of the file store; defaults here, overrides in config (see docs/operations.md). */
@ConfigurationProperties("parta.files")
public class FilesProperties {

    private long maxFileBytes = 100L * 1024 * 1024;
    private long maxVideoBytes = 1024L * 1024 * 1024;
    private long quotaBytesPerPerson = 2L * 1024 * 1024 * 1024;
    private long maxStoreBytes = 200L * 1024 * 1024 * 1024;
    /** Free space an upload must leave on the disk, so the database can always write. */
    private long diskReserveBytes = 256L * 1024 * 1024;

    public long getMaxFileBytes() {
        return maxFileBytes;
    }

    public void setMaxFileBytes(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    public long getMaxVideoBytes() {
        return maxVideoBytes;
    }

    public void setMaxVideoBytes(long maxVideoBytes) {
        this.maxVideoBytes = maxVideoBytes;
    }

    public long getQuotaBytesPerPerson() {
        return quotaBytesPerPerson;
    }

    public void setQuotaBytesPerPerson(long quotaBytesPerPerson) {
        this.quotaBytesPerPerson = quotaBytesPerPerson;
    }

    public long getMaxStoreBytes() {
        return maxStoreBytes;
    }

    public void setMaxStoreBytes(long maxStoreBytes) {
        this.maxStoreBytes = maxStoreBytes;
    }

    public long getDiskReserveBytes() {
        return diskReserveBytes;
    }

    public void setDiskReserveBytes(long diskReserveBytes) {
        this.diskReserveBytes = diskReserveBytes;
    }
}

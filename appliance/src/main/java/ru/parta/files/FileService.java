package ru.parta.files;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.pdfbox.Loader;
import ru.parta.base.InternalStep;
import ru.parta.base.PartaException;
import ru.parta.base.TextGuard;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/**
 * The one write path for files: stream the upload into staging, check its detected type and the
 * limits (per file, per person, whole store), then keep the blob (once per content) and record the
 * file in its place. Anything refused leaves nothing behind.
 */
@Singleton
public class FileService {

    private final BlobStore blobs;
    private final StoredBlobRepository blobRows;
    private final StoredFileRepository files;
    private final FilesProperties limits;
    private final ImageChecks images;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    private final TextGuard textGuard;

    FileService(BlobStore blobs, StoredBlobRepository blobRows, StoredFileRepository files, FilesProperties limits,
                ImageChecks images, AuditLog auditLog, EventBus events, Clock clock, TextGuard textGuard) {
        this.textGuard = textGuard;
        this.blobs = blobs;
        this.blobRows = blobRows;
        this.files = files;
        this.limits = limits;
        this.images = images;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Used by the feature that owns the place, after it checked the uploader's right to put files there. */
    @Transactional
    @InternalStep("ChatService and MaterialService, after checking the chat or class rights")
    public StoredFile uploadFile(FilePlace place, long placeId, String fileName, InputStream content,
                                 long uploaderAccountId) {
        String name = FileNames.clean(fileName);
        textGuard.requireAcceptableName(name, "file", uploaderAccountId);
        StagedBlob staged = blobs.stage(content, Math.max(limits.getMaxFileBytes(), limits.getMaxVideoBytes()), name);
        boolean kept = false;
        try {
            check(staged, name, uploaderAccountId);
            boolean known = blobRows.existsById(staged.sha256());
            blobs.keep(staged);
            kept = true;
            if (!known) {
                blobRows.save(new StoredBlobRow(staged.sha256(), staged.size(), staged.mediaType(), clock.instant()));
            }
            StoredFile file = files.save(new StoredFile(null, staged.sha256(), name, staged.mediaType(), staged.size(),
                    !FileTypes.showsInline(staged.mediaType()), place, placeId, uploaderAccountId, clock.instant(), null));
            auditLog.recordEvent("file.uploaded", uploaderAccountId,
                    file.id() + " " + place + " " + placeId + " " + staged.mediaType() + " " + staged.size(), null);
            events.publish(new FilesChanged(place, placeId));
            return file;
        } finally {
            if (!kept) {
                blobs.discard(staged);
            }
        }
    }

    /** Marks a file deleted; housekeeping removes it (and its blob, once unused) after a grace period. */
    @Transactional
    @InternalStep("ChatService, MaterialService and erasure, after their own checks")
    public void deleteFile(StoredFile file, long actorAccountId) {
        files.update(file.deleted(clock.instant()));
        auditLog.recordEvent("file.deleted", actorAccountId, String.valueOf(file.id()), null);
        events.publish(new FilesChanged(file.placeKind(), file.placeId()));
    }

    @Transactional
    @InternalStep("MaterialService.moveMaterial, after checking both folders")
    public StoredFile moveFile(StoredFile file, long newPlaceId, long actorAccountId) {
        StoredFile moved = files.update(file.movedTo(newPlaceId));
        auditLog.recordEvent("file.moved", actorAccountId, file.id() + " " + file.placeId() + " " + newPlaceId, null);
        events.publish(new FilesChanged(file.placeKind(), file.placeId()));
        events.publish(new FilesChanged(file.placeKind(), newPlaceId));
        return moved;
    }

    /** What the store holds: distinct contents and their bytes (each content counted once). */
    public StoreUsage countStoreUsage() {
        return new StoreUsage(blobRows.count(), blobRows.totalSize());
    }

    /** The file store's size, for the console's status. */
    public record StoreUsage(long files, long bytes) {
    }

    public java.util.Optional<StoredFile> findFile(long fileId) {
        return files.findById(fileId).filter(f -> f.deletedAt() == null);
    }

    /** The files one person put into places of a kind (for erasure). */
    public java.util.List<StoredFile> findUploads(long uploaderId, FilePlace place) {
        return files.findByUploadedByAndPlaceKindAndDeletedAtIsNull(uploaderId, place);
    }

    public java.util.List<StoredFile> findFiles(FilePlace place, long placeId) {
        return files.findByPlaceKindAndPlaceIdAndDeletedAtIsNullOrderByNameAsc(place, placeId);
    }

    public Path contentOf(StoredFile file) {
        return blobs.pathOf(file.sha256());
    }

    private void check(StagedBlob staged, String name, long uploaderAccountId) {
        String type = staged.mediaType();
        if (FileTypes.refused(type, staged.nameType(), name)) {
            throw PartaException.invalid("file.type.refused");
        }
        long max = type.startsWith("video/") ? limits.getMaxVideoBytes() : limits.getMaxFileBytes();
        if (staged.size() > max) {
            throw PartaException.limit("file.tooLarge", max / (1024 * 1024));
        }
        if (files.usedBy(uploaderAccountId) + staged.size() > limits.getQuotaBytesPerPerson()) {
            throw PartaException.limit("file.quota", limits.getQuotaBytesPerPerson() / (1024 * 1024));
        }
        if (!blobRows.existsById(staged.sha256()) && blobRows.totalSize() + staged.size() > limits.getMaxStoreBytes()) {
            throw PartaException.limit("file.storeFull");
        }
        if (type.equals("application/pdf")) {
            try (var pdf = Loader.loadPDF(staged.path().toFile())) {
                if (pdf.getNumberOfPages() == 0) {
                    throw PartaException.invalid("file.pdf.broken");
                }
            } catch (IOException e) {
                throw PartaException.invalid("file.pdf.broken");
            }
        }
        if (type.startsWith("image/")) {
            images.checkPixels(staged.path(), type);
        }
    }
}

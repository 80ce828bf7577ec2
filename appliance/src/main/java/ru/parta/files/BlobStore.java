package ru.parta.files;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.tika.Tika;
import ru.parta.base.BesideStart;
import ru.parta.base.DataDirectory;
import ru.parta.base.Disks;
import ru.parta.base.PartaException;

/**
 * Blobs on disk, named by their SHA-256 ({@code files/ab/cd/abcd…}): the same content is stored
 * once. Incoming bytes are streamed to a staging file (never held in memory) while they are hashed
 * and counted; a refused, oversized or interrupted upload leaves nothing behind. The type comes
 * from the bytes (Apache Tika's magic detection), never from the name; the type the name implies is
 * kept beside it, because a name alone makes Windows run a file. Text carries its charset.
 */
@Singleton
public class BlobStore {

    private static final int BUFFER = 64 * 1024;
    /** How often (in bytes written) an upload looks at the free space again. */
    private static final long SPACE_CHECK_BYTES = 4L * 1024 * 1024;

    private final Path root;
    private final Path staging;
    private final long diskReserveBytes;
    private final CompletableFuture<Tika> tika = BesideStart.supply("type-table", Tika::new);
    /** Deletions asked for while a backup copies the store wait here until it is done. */
    private final Set<String> deferredDeletions = new HashSet<>();
    private int holds;

    BlobStore(DataDirectory dataDirectory, FilesProperties properties) {
        this.root = dataDirectory.root().resolve("files");
        this.diskReserveBytes = properties.getDiskReserveBytes();
        this.staging = root.resolve("staging");
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the file store at " + root, e);
        }
    }

    /** Streams the bytes into staging; refuses empty input and anything over {@code maxBytes}. */
    public StagedBlob stage(InputStream input, long maxBytes) {
        return stage(input, maxBytes, null);
    }

    /**
     * As {@link #stage(InputStream, long)}; the name may only refine what the bytes say (WebM is a
     * kind of Matroska), never override it (an ".jpg" that is a program stays a program).
     */
    public StagedBlob stage(InputStream input, long maxBytes, String name) {
        Path temp = null;
        try {
            requireFreeSpace();
            temp = Files.createTempFile(staging, "upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream in = new DigestInputStream(input, digest); OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[BUFFER];
                long nextSpaceCheck = SPACE_CHECK_BYTES;
                for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw PartaException.limit("file.tooLarge", maxBytes / (1024 * 1024));
                    }
                    if (size >= nextSpaceCheck) {
                        requireFreeSpace();
                        nextSpaceCheck += SPACE_CHECK_BYTES;
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw PartaException.invalid("file.empty");
            }
            String mediaType;
            try (InputStream head = Files.newInputStream(temp)) {
                mediaType = TextCharsets.withCharset(tika.join().detect(head, name), temp);
            }
            String nameType = name == null ? "application/octet-stream" : tika.join().detect(name);
            StagedBlob staged = new StagedBlob(temp, HexFormat.of().formatHex(digest.digest()), size, mediaType,
                    nameType);
            temp = null;
            return staged;
        } catch (IOException e) {
            throw PartaException.invalid(Disks.isFull(e) ? "file.diskFull" : "file.interrupted");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } finally {
            discard(temp);
        }
    }

    /**
     * Uploads stop while the disk still has the reserve: a full disk would stop the database too
     * (every message is a write), and the school must keep working when someone uploads too much.
     */
    private void requireFreeSpace() {
        if (Disks.usableBytes(staging) < diskReserveBytes + SPACE_CHECK_BYTES) {
            throw PartaException.limit("file.diskFull");
        }
    }

    /** Keeps a staged blob under its hash; when the content is already there, the copy is dropped. */
    public void keep(StagedBlob staged) {
        Path target = pathOf(staged.sha256());
        synchronized (deferredDeletions) {
            // The same content came back while its deletion waited for a backup: it stays.
            deferredDeletions.remove(staged.sha256());
        }
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                return;
            }
            try {
                Files.move(staged.path(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged.path(), target);
            } catch (FileAlreadyExistsException raced) {
                // Another upload of the same content won; the content is there either way.
            }
        } catch (IOException e) {
            if (Disks.isFull(e)) {
                throw PartaException.limit("file.diskFull");
            }
            throw new UncheckedIOException("Cannot keep a file in the store", e);
        } finally {
            discard(staged.path());
        }
    }

    public void discard(StagedBlob staged) {
        discard(staged.path());
    }

    public Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    public boolean contains(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    /** Removes a blob; while a backup holds the store, the removal waits until it lets go. */
    public void delete(String sha256) {
        Path path = pathOf(sha256);
        synchronized (deferredDeletions) {
            if (holds > 0) {
                deferredDeletions.add(sha256);
            } else {
                discard(path);
            }
        }
    }

    /**
     * Keeps every blob in place until the hold is closed, so a backup that took its database
     * snapshot after this finds every file the snapshot names. Blobs are never changed in place,
     * only added and removed, so holding removals is enough.
     */
    public Hold holdDeletions() {
        synchronized (deferredDeletions) {
            holds++;
        }
        return this::releaseHold;
    }

    private void releaseHold() {
        synchronized (deferredDeletions) {
            holds--;
            if (holds == 0) {
                deferredDeletions.forEach(sha256 -> discard(pathOf(sha256)));
                deferredDeletions.clear();
            }
        }
    }

    /** A hold on removals; closing it twice would release another holder's, so close it once. */
    public interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    /** Hashes a stored blob again; false when its bytes no longer match its name. */
    public boolean verify(String sha256) {
        try (InputStream in = Files.newInputStream(pathOf(sha256))) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[BUFFER];
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest()).equals(sha256);
        } catch (IOException e) {
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void discard(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // Left for the housekeeping sweep of the staging area.
            }
        }
    }
}

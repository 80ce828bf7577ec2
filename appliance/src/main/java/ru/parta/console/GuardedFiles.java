package ru.parta.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.sshd.sftp.server.DirectoryHandle;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.base.PartaException;
import ru.parta.base.i18n.Messages;
import ru.parta.files.MaterialFolder;
import ru.parta.files.MaterialService;

/**
 * Every SFTP operation passes here, and only three places exist: {@code /backups} (read only),
 * {@code /imports} (roster files: put, get, remove, rename) and {@code /materials/<class>/<subject>/<folder>/}
 * (put only: each file is taken into the library, with the same type checks and quotas as an
 * upload in the browser, then removed from the inbox). Anything else is "no such file"; links are
 * never made nor followed. The file system itself is rooted at the data directory, so no path can
 * climb out of it.
 */
final class GuardedFiles implements SftpFileSystemAccessor {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedFiles.class);
    static final List<String> TOP = List.of("backups", "imports", "materials");

    private final MaterialService materials;
    private final MaterialTree tree;

    GuardedFiles(MaterialService materials, MaterialTree tree) {
        this.materials = materials;
        this.tree = tree;
    }

    /** Where a path is: its top folder and the names below it. */
    private record Place(String top, List<String> below) {
        boolean isRoot() {
            return top.isEmpty();
        }
    }

    private static Place place(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        int count = absolute.getNameCount();
        if (count == 0) {
            return new Place("", List.of());
        }
        String top = absolute.getName(0).toString();
        if (!TOP.contains(top)) {
            throw new NoSuchFileException(absolute.toString());
        }
        List<String> below = new java.util.ArrayList<>();
        for (int i = 1; i < count; i++) {
            below.add(absolute.getName(i).toString());
        }
        return new Place(top, below);
    }

    private static boolean writes(Set<? extends OpenOption> options) {
        return options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND)
                || options.contains(StandardOpenOption.CREATE) || options.contains(StandardOpenOption.CREATE_NEW)
                || options.contains(StandardOpenOption.TRUNCATE_EXISTING) || options.contains(StandardOpenOption.DELETE_ON_CLOSE);
    }

    @Override
    public LinkOption[] resolveFileAccessLinkOptions(SftpSubsystemProxy subsystem, Path file, int cmd, String extension,
                                                     boolean followLinks) {
        return new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    }

    @Override
    public SeekableByteChannel openFile(SftpSubsystemProxy subsystem, FileHandle fileHandle, Path file, String handle,
                                        Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
        Place place = place(file);
        boolean writing = writes(options);
        switch (place.top()) {
            case "backups" -> {
                if (writing) {
                    throw new AccessDeniedException(file.toString(), null, "backups are read only");
                }
            }
            case "imports" -> {
                if (place.below().size() != 1) {
                    throw new AccessDeniedException(file.toString(), null, "imports holds files only");
                }
            }
            case "materials" -> {
                if (!writing || place.below().size() != 4) {
                    throw new AccessDeniedException(file.toString(), null, "materials takes new files in a folder only");
                }
            }
            default -> throw new NoSuchFileException(file.toString());
        }
        if (Files.isSymbolicLink(file)) {
            throw new AccessDeniedException(file.toString());
        }
        return SftpFileSystemAccessor.seekableByteChannelNoLinkFollow(file, options, attrs);
    }

    @Override
    public void closeFile(SftpSubsystemProxy subsystem, FileHandle fileHandle, Path file, String handle, Channel channel,
                          Set<? extends OpenOption> options) throws IOException {
        SftpFileSystemAccessor.super.closeFile(subsystem, fileHandle, file, handle, channel, options);
        Place place = place(file);
        if (place.top().equals("materials") && writes(options)) {
            intoLibrary(subsystem, file, place);
        }
    }

    /** Takes an uploaded file into the library folder it was put in; it leaves the inbox either way. */
    private void intoLibrary(SftpSubsystemProxy subsystem, Path file, Place place) throws IOException {
        ConsoleIdentity who = subsystem.getServerSession().getAttribute(KeyAuthenticator.IDENTITY);
        Long folderId = tree.folderId(place.below().get(0), place.below().get(1), place.below().get(2));
        try (InputStream content = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            if (who == null || folderId == null) {
                throw new NoSuchFileException(file.toString());
            }
            materials.uploadMaterial(folderId, place.below().get(3), content, who.actor());
            LOG.info("{} put {} into the materials library by SFTP", who.login(), place.below().get(3));
        } catch (PartaException refused) {
            throw new IOException(Messages.core().translate(refused.messageKey(), Messages.RUSSIAN, refused.arguments()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public DirectoryStream<Path> openDirectory(SftpSubsystemProxy subsystem, DirectoryHandle dirHandle, Path dir,
                                               String handle, LinkOption... linkOptions) throws IOException {
        Place place = place(dir);
        DirectoryStream<Path> stream = SftpFileSystemAccessor.super.openDirectory(subsystem, dirHandle, dir, handle,
                LinkOption.NOFOLLOW_LINKS);
        if (!place.isRoot()) {
            return stream;
        }
        return new DirectoryStream<>() {
            @Override
            public java.util.Iterator<Path> iterator() {
                java.util.List<Path> shown = new java.util.ArrayList<>();
                stream.forEach(p -> {
                    if (TOP.contains(p.getFileName().toString())) {
                        shown.add(p);
                    }
                });
                return shown.iterator();
            }

            @Override
            public void close() throws IOException {
                stream.close();
            }
        };
    }

    @Override
    public Map<String, ?> readFileAttributes(SftpSubsystemProxy subsystem, Path file, String view,
                                            LinkOption... options) throws IOException {
        place(file);
        return SftpFileSystemAccessor.super.readFileAttributes(subsystem, file, view, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void setFileAttribute(SftpSubsystemProxy subsystem, Path file, String view, String attribute, Object value,
                                 LinkOption... options) throws IOException {
        Place place = place(file);
        if (place.top().equals("backups") || place.isRoot()) {
            throw new AccessDeniedException(file.toString());
        }
        // Times and modes the client sets after a put are harmless in the inbox and imports.
        SftpFileSystemAccessor.super.setFileAttribute(subsystem, file, view, attribute, value, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void setFileOwner(SftpSubsystemProxy subsystem, Path file, Principal value, LinkOption... options)
            throws IOException {
        throw new AccessDeniedException(file.toString());
    }

    @Override
    public void setGroupOwner(SftpSubsystemProxy subsystem, Path file, Principal value, LinkOption... options)
            throws IOException {
        throw new AccessDeniedException(file.toString());
    }

    @Override
    public void createDirectory(SftpSubsystemProxy subsystem, Path path) throws IOException {
        Place place = place(path);
        if (!place.top().equals("materials") || place.below().size() < 2 || place.below().size() > 3) {
            throw new AccessDeniedException(path.toString());
        }
        ConsoleIdentity who = subsystem.getServerSession().getAttribute(KeyAuthenticator.IDENTITY);
        Long classId = tree.classId(place.below().get(0));
        if (who == null || classId == null) {
            throw new AccessDeniedException(path.toString());
        }
        if (place.below().size() == 3) {
            try {
                MaterialFolder folder = materials.createFolder(classId, place.below().get(1), place.below().get(2),
                        who.actor());
                tree.remember(place.below().get(0), place.below().get(1), place.below().get(2), folder.id());
            } catch (PartaException refused) {
                throw new IOException(Messages.core().translate(refused.messageKey(), Messages.RUSSIAN,
                        refused.arguments()));
            }
        }
        SftpFileSystemAccessor.super.createDirectory(subsystem, path);
    }

    @Override
    public void createLink(SftpSubsystemProxy subsystem, Path link, Path existing, boolean symLink) throws IOException {
        throw new AccessDeniedException(link.toString(), null, "links are not allowed");
    }

    @Override
    public String resolveLinkTarget(SftpSubsystemProxy subsystem, Path link) throws IOException {
        throw new AccessDeniedException(link.toString(), null, "links are not allowed");
    }

    @Override
    public void renameFile(SftpSubsystemProxy subsystem, Path oldPath, Path newPath, Collection<CopyOption> opts)
            throws IOException {
        Place from = place(oldPath);
        Place to = place(newPath);
        if (!from.top().equals("imports") || !to.top().equals("imports") || from.below().size() != 1
                || to.below().size() != 1) {
            throw new AccessDeniedException(oldPath.toString());
        }
        SftpFileSystemAccessor.super.renameFile(subsystem, oldPath, newPath, opts);
    }

    @Override
    public void copyFile(SftpSubsystemProxy subsystem, Path src, Path dst, Collection<CopyOption> opts)
            throws IOException {
        throw new AccessDeniedException(src.toString());
    }

    @Override
    public void removeFile(SftpSubsystemProxy subsystem, Path path, boolean isDirectory) throws IOException {
        Place place = place(path);
        if (!place.top().equals("imports") || place.below().size() != 1 || isDirectory) {
            throw new AccessDeniedException(path.toString());
        }
        SftpFileSystemAccessor.super.removeFile(subsystem, path, false);
    }
}

package ru.parta.console;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.sshd.common.file.FileSystemFactory;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.server.subsystem.SubsystemFactory;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import ru.parta.base.DataDirectory;
import ru.parta.files.MaterialService;

/**
 * SFTP on the console's port: a file system rooted at the data directory (nothing above it can be
 * named), of which {@link GuardedFiles} lets only {@code backups}, {@code imports} and the
 * {@code materials} inbox be seen or touched.
 */
@Singleton
class ConsoleFiles {

    private final Path dataDir;
    private final MaterialService materials;
    private final MaterialTree tree;

    ConsoleFiles(DataDirectory dataDirectory, MaterialService materials, Exchange exchange) {
        this.dataDir = dataDirectory.root();
        this.materials = materials;
        this.tree = new MaterialTree(dataDir.resolve("materials"), materials);
        try {
            Files.createDirectories(dataDir.resolve("backups"));
            Files.createDirectories(exchange.imports());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    FileSystemFactory fileSystems() {
        VirtualFileSystemFactory rooted = new VirtualFileSystemFactory(dataDir);
        return new FileSystemFactory() {
            @Override
            public Path getUserHomeDir(SessionContext session) throws IOException {
                return rooted.getUserHomeDir(session);
            }

            @Override
            public FileSystem createFileSystem(SessionContext session) throws IOException {
                ConsoleIdentity who = session.getAttribute(KeyAuthenticator.IDENTITY);
                if (who == null) {
                    throw new IOException("Not signed in");
                }
                tree.lay(who.accountId());
                return rooted.createFileSystem(session);
            }
        };
    }

    SubsystemFactory subsystem() {
        return new SftpSubsystemFactory.Builder().withFileSystemAccessor(new GuardedFiles(materials, tree)).build();
    }
}

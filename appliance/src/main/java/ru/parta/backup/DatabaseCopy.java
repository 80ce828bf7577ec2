package ru.parta.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import ru.parta.base.PartaException;
import ru.parta.base.Disks;

/**
 * A backup's database, taken out of its zip into a scratch directory and opened on its own (never
 * through the live pool): for counting its rows, reading its schema version and the files it
 * names, and for putting it in place on restore. H2 checks every page it reads, so a damaged copy
 * fails here rather than in the school's hands.
 */
final class DatabaseCopy implements AutoCloseable {

    /** The one file inside {@code database.zip} that {@code BACKUP TO} writes for Parta's database. */
    static final String DATABASE_FILE = "parta.mv.db";

    private final Path directory;
    private final Connection connection;

    private DatabaseCopy(Path directory, Connection connection) {
        this.directory = directory;
        this.connection = connection;
    }

    /** Unpacks {@code zip} into {@code scratch} (which must be empty) and opens it. */
    static DatabaseCopy open(Path zip, Path scratch) {
        Path database = extract(zip, scratch);
        try {
            String base = database.toString().substring(0, database.toString().length() - ".mv.db".length());
            Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE", "parta", "");
            return new DatabaseCopy(scratch, connection);
        } catch (SQLException e) {
            throw PartaException.invalid("backup.databaseDamaged");
        }
    }

    static Path extract(Path zip, Path scratch) {
        Path target = scratch.resolve(DATABASE_FILE);
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(DATABASE_FILE)) {
                    copy(in, target);
                    found = true;
                }
            }
        } catch (ZipException e) {
            throw PartaException.invalid("backup.databaseDamaged");
        } catch (IOException e) {
            throw PartaException.invalid(Disks.isFull(e) ? "backup.diskFull" : "backup.databaseDamaged");
        }
        if (!found) {
            throw PartaException.invalid("backup.databaseDamaged");
        }
        return target;
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    Path file() {
        return directory.resolve(DATABASE_FILE);
    }

    SortedMap<String, Long> countRows() {
        SortedMap<String, Long> rows = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    count.next();
                    rows.put(table.toLowerCase(java.util.Locale.ROOT), count.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw PartaException.invalid("backup.databaseDamaged");
        }
        return rows;
    }

    int schemaVersion() {
        return schemaVersion(connection);
    }

    /** The last migration Flyway applied successfully (its versions are whole numbers here). */
    static int schemaVersion(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                     + "WHERE \"success\" AND \"version\" IS NOT NULL")) {
            int newest = 0;
            while (result.next()) {
                newest = Math.max(newest, Integer.parseInt(result.getString(1).strip()));
            }
            return newest;
        } catch (SQLException | NumberFormatException e) {
            throw PartaException.invalid("backup.databaseDamaged");
        }
    }

    /** Each blob the copy knows of, and whether a file people can still see uses it. */
    List<BlobEntry> blobs() {
        List<BlobEntry> blobs = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT b.sha256, b.size, EXISTS(SELECT 1 FROM stored_file f "
                     + "WHERE f.sha256 = b.sha256 AND f.deleted_at IS NULL) FROM stored_blob b ORDER BY b.sha256")) {
            while (result.next()) {
                blobs.add(new BlobEntry(result.getString(1), result.getLong(2), result.getBoolean(3)));
            }
        } catch (SQLException e) {
            throw PartaException.invalid("backup.databaseDamaged");
        }
        return blobs;
    }

    /** A blob as the copy's database names it; {@code inUse}: a file not deleted refers to it. */
    record BlobEntry(String sha256, long size, boolean inUse) {
    }

    @Override
    public void close() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Closing a damaged copy may fail; the scratch directory goes either way.
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Already closed by the shutdown.
        }
    }
}

package ru.parta.base.web;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import ru.parta.base.BuildInfo;

/** Reads the appliance's health: whether the database answers within a second, and uptime. */
@Singleton
public class HealthCheck {

    private final ConnectionOperations<Connection> connections;
    private final BuildInfo buildInfo;

    HealthCheck(ConnectionOperations<Connection> connections, BuildInfo buildInfo) {
        this.connections = connections;
        this.buildInfo = buildInfo;
    }

    public Health check() {
        boolean database = databaseReachable();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
        return new Health(database ? "UP" : "DOWN", buildInfo.version(), uptime, database);
    }

    /** The database file's size on disk; 0 for a database in memory. */
    public long databaseBytes() {
        try {
            return connections.executeRead(status -> {
                try (var statement = status.getConnection().createStatement();
                     var result = statement.executeQuery("SELECT DATABASE_PATH()")) {
                    String path = result.next() ? result.getString(1) : null;
                    java.nio.file.Path file = path == null ? null : java.nio.file.Path.of(path + ".mv.db");
                    return file != null && java.nio.file.Files.exists(file) ? java.nio.file.Files.size(file) : 0L;
                } catch (SQLException | java.io.IOException e) {
                    return 0L;
                }
            });
        } catch (RuntimeException e) {
            return 0L;
        }
    }

    private boolean databaseReachable() {
        try {
            return connections.executeRead(status -> {
                try {
                    return status.getConnection().isValid(1);
                } catch (SQLException e) {
                    return false;
                }
            });
        } catch (RuntimeException e) {
            return false;
        }
    }
}

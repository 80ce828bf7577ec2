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

package com.counseldesk.common.db;

import com.counseldesk.common.db.DatabaseException.Reason;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Set;

/**
 * The connection pool to a PostgreSQL server: a few connections (one PC's app does its writes on one
 * thread), each SERIALIZABLE, a short wait for a connection so that a server gone away is told to
 * the user in seconds, and the first connection opened at once so that a wrong address or login is
 * known when the app starts. What the server answers is turned into the reasons people read.
 */
final class ServerPool {
    /** How long the app waits for the server before it says it cannot be reached, in ms. */
    static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int POOL_SIZE = 4;
    /** SQLSTATEs of a transaction that collided with another one: serialization failure, deadlock. */
    private static final Set<String> COLLISIONS = Set.of("40001", "40P01");

    private ServerPool() {
    }

    static HikariDataSource open(DbAddress.Server server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        config.setInitializationFailTimeout(1);
        config.setTransactionIsolation("TRANSACTION_SERIALIZABLE");
        config.setPoolName("counseldesk");
        config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MS / 1000));
        config.addDataSourceProperty("ApplicationName", "CounselDesk");
        // A batch of inserts travels as multi-row statements: the sample office and moving an office loads.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseException(server, reason(e), e.getMessage(), e);
        }
    }

    /** Why the server would not let us in. */
    static Reason reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                if (state.startsWith("28")) {
                    return Reason.LOGIN_REFUSED;
                }
                if (state.equals("3D000")) {
                    return Reason.NO_DATABASE;
                }
                // 08: the connection failed or was lost; 57P01-57P03: the server is shutting down,
                // crashed or is not yet accepting connections.
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return Reason.UNREACHABLE;
                }
            }
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.SocketTimeoutException) {
                return Reason.UNREACHABLE;
            }
        }
        return Reason.FAILED;
    }

    /** Whether a failure is a collision with another PC's transaction, which is worth running again. */
    static boolean isCollision(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && COLLISIONS.contains(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

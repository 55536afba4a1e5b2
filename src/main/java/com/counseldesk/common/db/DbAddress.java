package com.counseldesk.common.db;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the office's database is: this PC's SQLite file, or a PostgreSQL server that every PC of
 * the office points at. {@link #toString()} is what a person may see (a message, the status bar,
 * the log): a server's password is never part of it.
 */
public sealed interface DbAddress {
    /** This PC's file. */
    record File(Path path) implements DbAddress {
        public File {
            path = path.toAbsolutePath();
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /** A PostgreSQL server's database; {@code password} may be empty (the server may not ask for one). */
    record Server(String host, int port, String database, String user, String password) implements DbAddress {
        public static final int DEFAULT_PORT = 5432;

        public Server {
            if (host == null || host.isBlank() || database == null || database.isBlank() || user == null
                    || user.isBlank()) {
                throw new IllegalArgumentException("a server needs a host, a database and a user");
            }
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("port " + port);
            }
            password = password == null ? "" : password;
        }

        /** The JDBC address, without the user and password (they travel as properties). */
        public String jdbcUrl() {
            return "jdbc:postgresql://" + hostPart() + ":" + port + "/" + encode(database);
        }

        /** The address as {@code --db} takes it, password included: for this user's own settings only. */
        public String withPassword() {
            return "postgresql://" + encode(user) + (password.isEmpty() ? "" : ":" + encode(password)) + "@"
                    + hostPart() + ":" + port + "/" + encode(database);
        }

        private String hostPart() {
            return host.contains(":") ? "[" + host + "]" : host;
        }

        @Override
        public String toString() {
            return "postgresql://" + encode(user) + "@" + hostPart() + ":" + port + "/" + encode(database);
        }
    }

    /**
     * What {@code --db} or {@code COUNSELDESK_DB} says: {@code postgresql://user[:password]@host[:port]/database}
     * (also {@code postgres://}), else a file path. A server address that is not complete is refused
     * with a message that says what is missing.
     */
    static DbAddress parse(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        String scheme = lower.startsWith("postgresql://") ? "postgresql://" : lower.startsWith("postgres://")
                ? "postgres://" : null;
        if (scheme == null) {
            return new File(Path.of(t));
        }
        String rest = t.substring(scheme.length());
        int at = rest.lastIndexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("the server address has no user: postgresql://user@host/database");
        }
        String userInfo = rest.substring(0, at);
        String hostPart = rest.substring(at + 1);
        int slash = hostPart.indexOf('/');
        String database = slash < 0 ? "" : hostPart.substring(slash + 1);
        String hostAndPort = slash < 0 ? hostPart : hostPart.substring(0, slash);
        if (database.isBlank()) {
            throw new IllegalArgumentException("the server address has no database: postgresql://user@host/database");
        }
        String host;
        String port = "";
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            host = close < 0 ? "" : hostAndPort.substring(1, close);
            port = close >= 0 && hostAndPort.startsWith(":", close + 1) ? hostAndPort.substring(close + 2) : "";
        } else {
            int colon = hostAndPort.lastIndexOf(':');
            host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
            port = colon < 0 ? "" : hostAndPort.substring(colon + 1);
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("the server address has no host: postgresql://user@host/database");
        }
        int portNumber;
        try {
            portNumber = port.isEmpty() ? Server.DEFAULT_PORT : Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the port must be a number from 1 to 65535, not '" + port + "'");
        }
        if (portNumber < 1 || portNumber > 65_535) {
            throw new IllegalArgumentException("the port must be a number from 1 to 65535, not " + portNumber);
        }
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        if (user.isBlank()) {
            throw new IllegalArgumentException("the server address has no user: postgresql://user@host/database");
        }
        return new Server(host, portNumber, decode(database), user, password);
    }

    /** Undoes %XX escapes (as {@link Server#withPassword} writes them); anything else is taken as typed. */
    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

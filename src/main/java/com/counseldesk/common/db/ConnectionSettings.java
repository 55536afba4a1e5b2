package com.counseldesk.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which office database this user chose in the app: {@code connection.properties} in the user's data
 * folder. It holds "this PC's file" or a server's address with its password, so it is written for
 * its owner only ({@link SettingsFile}: {@code rw-------} where the file system has POSIX permissions,
 * else an ACL that names only the owner, where the file system allows it). A file that cannot be read
 * or makes no sense is no choice: the app opens this PC's file, and says why in the log (never with
 * the password).
 */
public final class ConnectionSettings {
    public static final String FILE_NAME = "connection.properties";
    static final String KEY_DATABASE = "database";
    static final String KEY_SERVER = "server";
    static final String THIS_PC = "this-pc";
    static final String SERVER = "server";
    private static final String COMMENT = "CounselDesk: the office database this user chose. "
            + "Holds the server's password: keep it readable by this user only.";

    private final Path folder;

    private ConnectionSettings(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** The settings of the user whose data folder this is. */
    public static ConnectionSettings in(Path dataFolder) {
        return new ConnectionSettings(dataFolder);
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /** This PC's own database file, beside the settings: what "this PC" means. */
    public DbAddress.File thisPc() {
        return new DbAddress.File(folder.resolve(DataLocation.FILE_NAME));
    }

    /**
     * The database chosen: this PC's file or a server (with its password). Empty when nothing was
     * chosen, or when the file cannot be read or makes no sense (said in the log).
     */
    public Optional<DbAddress> read() {
        Path file = file();
        Properties p;
        try {
            Optional<Properties> read = SettingsFile.read(file);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            p = read.get();
        } catch (IOException | IllegalArgumentException e) {
            return unusable(file, SettingsFile.why(e));
        }
        String database = p.getProperty(KEY_DATABASE, "").strip();
        if (database.equals(THIS_PC)) {
            return Optional.of(thisPc());
        }
        if (!database.equals(SERVER)) {
            return unusable(file, KEY_DATABASE + " is neither " + THIS_PC + " nor " + SERVER);
        }
        String server = p.getProperty(KEY_SERVER, "").strip();
        if (!server.regionMatches(true, 0, "postgresql://", 0, "postgresql://".length())) {
            return unusable(file, KEY_SERVER + " is not a postgresql:// address");
        }
        try {
            return Optional.of(DbAddress.parse(server));
        } catch (IllegalArgumentException e) {
            // DbAddress.parse names what is missing or the port, never the password.
            return unusable(file, e.getMessage());
        }
    }

    private Optional<DbAddress> unusable(Path file, String why) {
        log().warn("Cannot use the connection settings {} ({}); using this PC's database file {}", file, why,
                thisPc());
        return Optional.empty();
    }

    /**
     * Remembers the choice: a server with its password, or this PC's own file (any other file is
     * given with {@code --db}, not kept here). Replaces what was there in one move, readable by this
     * user only.
     */
    public void save(DbAddress address) {
        Properties p = new Properties();
        if (address instanceof DbAddress.Server server) {
            p.setProperty(KEY_DATABASE, SERVER);
            p.setProperty(KEY_SERVER, server.withPassword());
        } else if (address.equals(thisPc())) {
            p.setProperty(KEY_DATABASE, THIS_PC);
        } else {
            throw new IllegalArgumentException("Only this PC's own file is kept in the settings, not " + address);
        }
        try {
            SettingsFile.write(file(), p, COMMENT);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file(), e);
        }
    }

    /** Looked up when first needed: reading the settings at start-up sets no logging up by itself. */
    private static Logger log() {
        return LoggerFactory.getLogger(ConnectionSettings.class);
    }
}

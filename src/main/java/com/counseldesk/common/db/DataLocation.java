package com.counseldesk.common.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the database is: {@code --db}, else {@code COUNSELDESK_DB}, else what this user chose in the
 * app ({@link ConnectionSettings}, in the data folder), else the file in the user's data folder for
 * this operating system. The first two take a file path or a PostgreSQL server's address
 * ({@link DbAddress#parse}).
 */
public final class DataLocation {
    public static final String ENV_VAR = "COUNSELDESK_DB";
    public static final String FILE_NAME = "counseldesk.db";

    private DataLocation() {
    }

    public static Path dataFolder(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("CounselDesk");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "CounselDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("counseldesk");
    }

    /** What decided where the database is. */
    public enum Source {
        /** {@code --db} on the command line. */
        OPTION,
        /** The {@code COUNSELDESK_DB} environment variable. */
        ENVIRONMENT,
        /** The user's choice in the app, kept in {@link ConnectionSettings}. */
        SETTINGS,
        /** Nothing: this user's file in the data folder. */
        DEFAULT;

        /** Whether the command line or the environment named the database, so that a choice saved in the app waits. */
        public boolean overridesSettings() {
            return this == OPTION || this == ENVIRONMENT;
        }
    }

    /** The database to open and what decided it. */
    public record Located(DbAddress address, Source source) {
    }

    /**
     * The database named by {@code --db} or {@code COUNSELDESK_DB} (a file or a server), else the one
     * this user chose in the app, else this user's file; an incomplete server address in the first two
     * is an {@link IllegalArgumentException} saying what is missing.
     */
    public static DbAddress address(Optional<String> dbOption, Map<String, String> env, String osName,
            String userHome) {
        return locate(dbOption, env, osName, userHome).address();
    }

    /** As {@link #address}, saying what decided it. */
    public static Located locate(Optional<String> dbOption, Map<String, String> env, String osName,
            String userHome) {
        Optional<String> option = dbOption.filter(s -> !s.isBlank());
        if (option.isPresent()) {
            return new Located(DbAddress.parse(option.get()), Source.OPTION);
        }
        Optional<String> environment = Optional.ofNullable(env.get(ENV_VAR)).filter(s -> !s.isBlank());
        if (environment.isPresent()) {
            return new Located(DbAddress.parse(environment.get()), Source.ENVIRONMENT);
        }
        ConnectionSettings settings = settings(env, osName, userHome);
        return settings.read().map(a -> new Located(a, Source.SETTINGS))
                .orElseGet(() -> new Located(settings.thisPc(), Source.DEFAULT));
    }

    /** This user's choice of database, kept in the data folder. */
    public static ConnectionSettings settings(Map<String, String> env, String osName, String userHome) {
        return ConnectionSettings.in(dataFolder(env, osName, userHome));
    }

    public static DbAddress addressForThisMachine(Optional<String> dbOption) {
        return locateForThisMachine(dbOption).address();
    }

    public static Located locateForThisMachine(Optional<String> dbOption) {
        return locate(dbOption, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    public static ConnectionSettings settingsForThisMachine() {
        return settings(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}

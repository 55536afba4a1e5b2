package com.counseldesk.common.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the database is: {@code --db}, else {@code COUNSELDESK_DB}, else the file in the user's data
 * folder for this operating system. The first two take a file path or a PostgreSQL server's address
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

    /**
     * The database named by {@code --db} or {@code COUNSELDESK_DB} (a file or a server), else this
     * user's file; an incomplete server address is an {@link IllegalArgumentException} saying what is missing.
     */
    public static DbAddress address(Optional<String> dbOption, Map<String, String> env, String osName,
            String userHome) {
        Optional<String> named = dbOption.filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(env.get(ENV_VAR)).filter(s -> !s.isBlank()));
        if (named.isPresent()) {
            return DbAddress.parse(named.get());
        }
        return new DbAddress.File(dataFolder(env, osName, userHome).resolve(FILE_NAME));
    }

    public static DbAddress addressForThisMachine(Optional<String> dbOption) {
        return address(dbOption, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}

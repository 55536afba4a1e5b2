package com.counseldesk.common.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the database file lives: {@code --db PATH}, else {@code COUNSELDESK_DB}, else the
 * user's data folder for this operating system.
 */
public final class DataLocation {
    public static final String ENV_VAR = "COUNSELDESK_DB";
    public static final String FILE_NAME = "counseldesk.db";

    private DataLocation() {
    }

    public static Path resolve(Optional<String> dbOption, Map<String, String> env, String osName, String userHome) {
        if (dbOption.isPresent() && !dbOption.get().isBlank()) {
            return Path.of(dbOption.get()).toAbsolutePath();
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return dataFolder(env, osName, userHome).resolve(FILE_NAME);
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

    public static Path resolveForThisMachine(Optional<String> dbOption) {
        return resolve(dbOption, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}

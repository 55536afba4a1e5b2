package com.counseldesk.common.db;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this PC remembers for its user between runs, in {@code this-pc.properties} in the data folder
 * (beside {@link ConnectionSettings}): who last signed in on each office database, and where the main
 * window was. Not in the office database, which several PCs may share. A database is known by its
 * address as {@link DbAddress#toString()} shows it (a file's path; a server's address without the
 * password). Nothing here is worth stopping anyone for: a file that cannot be read or makes no sense is
 * ignored with a line in the log, and a failure to write is logged, never thrown.
 */
public final class PcMemory {
    public static final String FILE_NAME = "this-pc.properties";
    static final String LAST_STAFF = "lastStaff.";
    static final String WINDOW_X = "window.x";
    static final String WINDOW_Y = "window.y";
    static final String WINDOW_WIDTH = "window.width";
    static final String WINDOW_HEIGHT = "window.height";
    static final String WINDOW_MAXIMIZED = "window.maximized";
    private static final String COMMENT = "CounselDesk: what this PC remembers (who signed in last, "
            + "the window's place).";
    /** Every read-change-write of the file, one at a time. */
    private static final Object WRITING = new Object();

    private final Path folder;

    private PcMemory(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** The memory kept in this data folder. */
    public static PcMemory in(Path dataFolder) {
        return new PcMemory(dataFolder);
    }

    /** The memory kept in the same folder as this user's choice of database. */
    public static PcMemory beside(ConnectionSettings settings) {
        return in(settings.file().getParent());
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /**
     * The main window's place: its bounds when it was last neither maximised nor minimised, and whether
     * it was maximised. {@code x} and {@code y} may be negative (a screen left of or above the primary).
     */
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
        public WindowPlace {
            if (!Double.isFinite(x) || !Double.isFinite(y) || !(width > 0) || !(height > 0)
                    || !Double.isFinite(width) || !Double.isFinite(height)) {
                throw new IllegalArgumentException("no window place: " + x + ", " + y + ", " + width + " × " + height);
            }
        }
    }

    /** The id of the staff member who last signed in on {@code database} at this PC, if any. */
    public OptionalLong lastSignedIn(DbAddress database) {
        String key = LAST_STAFF + database;
        String value = read().getProperty(key);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            log().warn("Ignoring {} in {}: not a staff id: {}", key, file(), value);
            return OptionalLong.empty();
        }
    }

    /** Remembers that {@code staffId} signed in on {@code database} at this PC. */
    public void rememberSignedIn(DbAddress database, long staffId) {
        update(p -> p.setProperty(LAST_STAFF + database, Long.toString(staffId)));
    }

    /** Where the main window was when the app last closed; empty at the first start or when it makes no sense. */
    public Optional<WindowPlace> window() {
        Properties p = read();
        if (p.getProperty(WINDOW_X) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowPlace(number(p, WINDOW_X), number(p, WINDOW_Y), number(p, WINDOW_WIDTH),
                    number(p, WINDOW_HEIGHT), Boolean.parseBoolean(p.getProperty(WINDOW_MAXIMIZED, "").strip())));
        } catch (IllegalArgumentException e) {
            log().warn("Ignoring the window's place in {}: {}", file(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Remembers where the main window is. */
    public void rememberWindow(WindowPlace place) {
        update(p -> {
            p.setProperty(WINDOW_X, Double.toString(place.x()));
            p.setProperty(WINDOW_Y, Double.toString(place.y()));
            p.setProperty(WINDOW_WIDTH, Double.toString(place.width()));
            p.setProperty(WINDOW_HEIGHT, Double.toString(place.height()));
            p.setProperty(WINDOW_MAXIMIZED, Boolean.toString(place.maximized()));
        });
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException(key + " is missing");
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: " + value);
        }
    }

    /** What the file holds; nothing when there is no file or it cannot be read (said in the log). */
    private Properties read() {
        try {
            return SettingsFile.read(file()).orElseGet(Properties::new);
        } catch (IOException | IllegalArgumentException e) {
            log().warn("Ignoring {}, which cannot be read ({})", file(), SettingsFile.why(e));
            return new Properties();
        }
    }

    /**
     * Reads the file afresh, changes it and writes it back in one move: another part of the app (or
     * another copy of it) may have written since this one read.
     */
    private void update(Consumer<Properties> change) {
        synchronized (WRITING) {
            try {
                Properties p = read();
                change.accept(p);
                SettingsFile.write(file(), p, COMMENT);
            } catch (IOException | RuntimeException e) {
                log().warn("Could not write {}: {}", file(), e.toString());
            }
        }
    }

    /** Looked up when first needed: reading the memory at start-up sets no logging up by itself. */
    private static Logger log() {
        return LoggerFactory.getLogger(PcMemory.class);
    }
}

package com.counseldesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataLocationTest {
    private static final Map<String, String> NO_ENV = Map.of();

    @TempDir
    Path home;

    private String home() {
        return home.toString();
    }

    /** The file the options name (the tests of a server address are below). */
    private static Path file(Optional<String> db, Map<String, String> env, String os, String home) {
        return ((DbAddress.File) DataLocation.address(db, env, os, home)).path();
    }

    @Test
    void theDbOptionWinsOverEverything() {
        Path chosen = home.resolve("shared").resolve("office.db");
        Map<String, String> env = Map.of(DataLocation.ENV_VAR, home.resolve("env.db").toString());

        assertEquals(chosen, file(Optional.of(chosen.toString()), env, "Linux", home()));
    }

    @Test
    void aRelativeDbOptionIsMadeAbsolute() {
        Path resolved = file(Optional.of("office.db"), NO_ENV, "Linux", home());

        assertTrue(resolved.isAbsolute());
        assertEquals(Path.of("office.db").toAbsolutePath(), resolved);
    }

    @Test
    void theEnvironmentVariableComesNext() {
        Path fromEnv = home.resolve("env.db");
        Map<String, String> env = Map.of(DataLocation.ENV_VAR, fromEnv.toString());

        assertEquals(fromEnv, file(Optional.empty(), env, "Linux", home()));
        assertEquals(fromEnv, file(Optional.of("  "), env, "Linux", home()), "a blank --db is no choice");
    }

    @Test
    void aBlankEnvironmentVariableIsIgnored() {
        Map<String, String> env = Map.of(DataLocation.ENV_VAR, " ");

        assertEquals(home.resolve(".local/share/counseldesk/counseldesk.db"),
                file(Optional.empty(), env, "Linux", home()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Windows 10", "Windows 11", "Windows Server 2022"})
    void windowsUsesAppData(String os) {
        Path appData = home.resolve("AppData-Roaming");
        Map<String, String> env = Map.of("APPDATA", appData.toString());

        assertEquals(appData.resolve("CounselDesk").resolve(DataLocation.FILE_NAME),
                file(Optional.empty(), env, os, home()));
    }

    @Test
    void windowsWithoutAppDataUsesTheRoamingFolderInTheHome() {
        assertEquals(home.resolve("AppData").resolve("Roaming").resolve("CounselDesk"),
                DataLocation.dataFolder(NO_ENV, "Windows 11", home()));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(home.resolve("Library").resolve("Application Support").resolve("CounselDesk")
                        .resolve(DataLocation.FILE_NAME),
                file(Optional.empty(), NO_ENV, "Mac OS X", home()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Linux", "FreeBSD"})
    void otherSystemsFollowXdg(String os) {
        Path xdg = home.resolve("xdg-data");

        assertEquals(xdg.resolve("counseldesk"), DataLocation.dataFolder(Map.of("XDG_DATA_HOME", xdg.toString()), os,
                home()));
        assertEquals(home.resolve(".local").resolve("share").resolve("counseldesk"),
                DataLocation.dataFolder(NO_ENV, os, home()));
        assertEquals(home.resolve(".local").resolve("share").resolve("counseldesk"),
                DataLocation.dataFolder(Map.of("XDG_DATA_HOME", ""), os, home()));
    }

    @Test
    void theOptionAndTheEnvironmentTakeAServerToo() {
        Map<String, String> env = Map.of(DataLocation.ENV_VAR, "postgresql://desk@main-pc/office");

        assertEquals(new DbAddress.Server("main-pc", 5432, "office", "desk", ""),
                DataLocation.address(Optional.empty(), env, "Linux", home()));
        assertEquals(new DbAddress.Server("other", 5432, "office", "desk", ""),
                DataLocation.address(Optional.of("postgresql://desk@other/office"), env, "Linux", home()));
    }
}

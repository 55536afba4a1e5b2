package com.counseldesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.counseldesk.testutil.CapturedLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The database a user chose, kept in their data folder for them alone. */
class ConnectionSettingsTest {
    private static final DbAddress.Server SERVER = new DbAddress.Server("192.168.1.10", 5433, "office", "desk",
            "s3cret:@/ pass");

    @TempDir
    Path home;
    private Path folder;
    private ConnectionSettings settings;
    private CapturedLog log;

    @BeforeEach
    void setUp() {
        folder = home.resolve("data").resolve("counseldesk");
        settings = ConnectionSettings.in(folder);
        log = CapturedLog.of(ConnectionSettings.class);
    }

    @AfterEach
    void tearDown() {
        log.close();
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private List<String> warnings() {
        return log.warnings();
    }

    private void write(String text) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(settings.file(), text, StandardCharsets.UTF_8);
    }

    @Test
    void nothingChosenIsNoChoiceAndNothingIsLogged() {
        assertEquals(Optional.empty(), settings.read());
        assertEquals(List.of(), warnings());
        assertEquals(folder.resolve(ConnectionSettings.FILE_NAME), settings.file());
    }

    @Test
    void aServerComesBackWithItsPassword() {
        settings.save(SERVER);

        assertEquals(Optional.of(SERVER), settings.read());
        assertEquals(Optional.of(SERVER), ConnectionSettings.in(folder).read(), "read afresh, as at the next start");
    }

    @Test
    void thisPcComesBackAsTheFileInTheDataFolder() {
        settings.save(SERVER);
        settings.save(settings.thisPc());

        assertEquals(Optional.of(new DbAddress.File(folder.resolve(DataLocation.FILE_NAME))), settings.read());
    }

    @Test
    void anotherFileIsNotKeptHere() {
        DbAddress.File elsewhere = new DbAddress.File(home.resolve("elsewhere.db"));

        assertThrows(IllegalArgumentException.class, () -> settings.save(elsewhere));
        assertFalse(Files.exists(settings.file()));
    }

    @Test
    void theFileIsReadableByItsOwnerOnlyAndNoTempFileIsLeft() throws IOException {
        assumeTrue(posix(home), "POSIX permissions");

        settings.save(SERVER);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(settings.file())));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(settings.file()), files.toList());
        }
    }

    @Test
    void aFileSomeoneMadeReadableToOthersIsReplacedByAnOwnerOnlyOne() throws IOException {
        assumeTrue(posix(home), "POSIX permissions");
        write("database=this-pc\n");
        Files.setPosixFilePermissions(settings.file(), PosixFilePermissions.fromString("rw-r--r--"));

        settings.save(SERVER);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(settings.file())));
        assertEquals(Optional.of(SERVER), settings.read());
    }

    @Test
    void thePasswordIsInTheFileOnlyAsTheAddressWritesIt() throws IOException {
        settings.save(SERVER);

        String text = Files.readString(settings.file(), StandardCharsets.UTF_8);
        assertTrue(text.contains("database=server"), text);
        assertFalse(text.contains("s3cret:@/ pass"), "escaped in the address, not as typed: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "database=server\nserver=postgresql://desk:topsecret@main-pc:99999/office\n",
        "database=server\nserver=postgresql://desk:topsecret@/office\n",
        "database=server\nserver=/home/desk/office.db\n",
        "database=server\n",
        "database=elsewhere\nserver=postgresql://desk:topsecret@main-pc/office\n",
        "\\u12\n",
        "",
    })
    void aFileThatMakesNoSenseIsNoChoiceWithALogLineWithoutThePassword(String text) throws IOException {
        write(text);

        assertEquals(Optional.empty(), settings.read());

        List<String> warnings = warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(settings.file().toString()), warnings.get(0));
        assertFalse(warnings.get(0).contains("topsecret"), warnings.get(0));
    }

    @Test
    void aFileThatCannotBeReadIsNoChoiceWithALogLine() throws IOException {
        // A folder where the file should be: no permission trick needed, and root cannot read it either.
        Files.createDirectories(settings.file());

        assertEquals(Optional.empty(), settings.read());
        assertEquals(1, warnings().size(), warnings().toString());
    }

    @Test
    void aFileWithoutReadPermissionIsNoChoice() throws IOException {
        assumeTrue(posix(home), "POSIX permissions");
        settings.save(SERVER);
        Files.setPosixFilePermissions(settings.file(), PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(settings.file()), "not running as a user who reads anything (root)");

        assertEquals(Optional.empty(), settings.read());
        assertEquals(1, warnings().size(), warnings().toString());
    }

    @Test
    void dataLocationTakesTheChoiceAfterTheOptionAndTheEnvironment() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", home.resolve("data").toString());
        settings.save(SERVER);

        DataLocation.Located chosen = DataLocation.locate(Optional.empty(), env, "Linux", home.toString());
        assertEquals(new DataLocation.Located(SERVER, DataLocation.Source.SETTINGS), chosen);
        assertFalse(chosen.source().overridesSettings());

        DataLocation.Located option = DataLocation.locate(Optional.of(home.resolve("x.db").toString()), env, "Linux",
                home.toString());
        assertEquals(DataLocation.Source.OPTION, option.source());
        assertTrue(option.source().overridesSettings());

        Map<String, String> withVariable = Map.of("XDG_DATA_HOME", home.resolve("data").toString(),
                DataLocation.ENV_VAR, home.resolve("env.db").toString());
        DataLocation.Located environment = DataLocation.locate(Optional.empty(), withVariable, "Linux",
                home.toString());
        assertEquals(new DbAddress.File(home.resolve("env.db")), environment.address());
        assertEquals(DataLocation.Source.ENVIRONMENT, environment.source());
    }

    @Test
    void dataLocationFallsBackToThisPcsFileWhenTheChoiceIsCorrupt() throws IOException {
        Map<String, String> env = Map.of("XDG_DATA_HOME", home.resolve("data").toString());
        write("database=server\nserver=postgresql://desk:topsecret@main-pc:0/office\n");

        DataLocation.Located located = DataLocation.locate(Optional.empty(), env, "Linux", home.toString());

        assertEquals(new DataLocation.Located(new DbAddress.File(folder.resolve(DataLocation.FILE_NAME)),
                DataLocation.Source.DEFAULT), located);
        assertEquals(1, warnings().size());
    }
}

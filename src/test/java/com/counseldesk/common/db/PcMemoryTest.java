package com.counseldesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.db.PcMemory.WindowPlace;
import com.counseldesk.testutil.CapturedLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What this PC remembers between runs: who signed in last on each database, and the window's place. */
class PcMemoryTest {
    private static final WindowPlace PLACE = new WindowPlace(-1500.5, 40, 1366, 700, true);

    @TempDir
    Path home;
    private Path folder;
    private PcMemory memory;
    private DbAddress.File office;
    private CapturedLog log;

    @BeforeEach
    void setUp() {
        folder = home.resolve("data").resolve("counseldesk");
        memory = PcMemory.in(folder);
        office = new DbAddress.File(folder.resolve(DataLocation.FILE_NAME));
        log = CapturedLog.of(PcMemory.class);
    }

    @AfterEach
    void tearDown() {
        log.close();
    }

    private List<String> warnings() {
        return log.warnings();
    }

    private void write(String text) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(memory.file(), text, StandardCharsets.UTF_8);
    }

    @Test
    void aNewPcRemembersNothingAndSaysNothing() {
        assertEquals(OptionalLong.empty(), memory.lastSignedIn(office));
        assertEquals(Optional.empty(), memory.window());
        assertEquals(List.of(), warnings());
        assertEquals(folder.resolve(PcMemory.FILE_NAME), memory.file());
    }

    @Test
    void whoSignedInLastIsKeptForEachDatabaseAndReadAfresh() {
        DbAddress.Server server = new DbAddress.Server("192.168.1.10", 5432, "office", "desk", "s3cret");
        memory.rememberSignedIn(office, 3);
        memory.rememberSignedIn(server, 7);
        memory.rememberSignedIn(office, 4);

        PcMemory again = PcMemory.in(folder);
        assertEquals(OptionalLong.of(4), again.lastSignedIn(office));
        assertEquals(OptionalLong.of(7), again.lastSignedIn(server));
        assertEquals(OptionalLong.empty(), again.lastSignedIn(new DbAddress.File(home.resolve("other.db"))));
        assertEquals(List.of(), warnings());
    }

    @Test
    void aServersPasswordIsNeverWritten() throws IOException {
        memory.rememberSignedIn(new DbAddress.Server("db.example", 5432, "office", "desk", "s3cret"), 7);

        String text = Files.readString(memory.file(), StandardCharsets.UTF_8);
        assertFalse(text.contains("s3cret"), text);
        assertTrue(text.contains("db.example"), text);
    }

    @Test
    void theWindowsPlaceComesBackAndKeepsWhoSignedIn() {
        memory.rememberSignedIn(office, 3);
        memory.rememberWindow(PLACE);

        PcMemory again = PcMemory.in(folder);
        assertEquals(Optional.of(PLACE), again.window());
        assertEquals(OptionalLong.of(3), again.lastSignedIn(office), "one write keeps what the other wrote");
    }

    @Test
    void theFileIsReplacedInOneMoveAndNoTempFileIsLeft() throws IOException {
        memory.rememberSignedIn(office, 3);
        memory.rememberWindow(PLACE);

        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(memory.file()), files.toList());
        }
    }

    @Test
    void aGarbledFileIsIgnoredWithALineInTheLogAndReplacedAtTheNextWrite() throws IOException {
        write("lastStaff.x=\\uZZZZ\nwindow.x=1\n");

        assertEquals(OptionalLong.empty(), memory.lastSignedIn(office));
        assertEquals(Optional.empty(), memory.window());
        assertTrue(warnings().stream().allMatch(w -> w.contains(memory.file().toString()) && w.contains("Malformed")),
                warnings().toString());
        assertEquals(2, warnings().size());

        memory.rememberSignedIn(office, 5);
        assertEquals(OptionalLong.of(5), PcMemory.in(folder).lastSignedIn(office));
    }

    @Test
    void aFileThatIsNotTextIsIgnored() throws IOException {
        Files.createDirectories(folder);
        Files.write(memory.file(), new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xc3, 0x28});

        assertEquals(Optional.empty(), memory.window());
        assertEquals(1, warnings().size(), warnings().toString());
    }

    @Test
    void aStaffIdThatIsNoNumberIsIgnored() throws IOException {
        memory.rememberSignedIn(office, 3);
        String text = Files.readString(memory.file(), StandardCharsets.UTF_8);
        write(text.replace("=3", "=three"));

        assertEquals(OptionalLong.empty(), memory.lastSignedIn(office));
        assertEquals(1, warnings().size(), warnings().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "window.x=10\n",
        "window.x=10\nwindow.y=10\nwindow.width=wide\nwindow.height=700\n",
        "window.x=10\nwindow.y=10\nwindow.width=-1366\nwindow.height=700\n",
        "window.x=NaN\nwindow.y=10\nwindow.width=1366\nwindow.height=700\n",
        "window.x=10\nwindow.y=Infinity\nwindow.width=1366\nwindow.height=700\n",
        "window.x=10\nwindow.y=10\nwindow.width=1366\nwindow.height=0\n"})
    void aWindowPlaceThatMakesNoSenseIsIgnored(String text) throws IOException {
        write(text);

        assertEquals(Optional.empty(), memory.window());
        assertEquals(1, warnings().size(), warnings().toString());
    }

    @Test
    void aFailureToWriteIsLoggedNeverThrown() throws IOException {
        // Where the data folder should be there is a file: nothing can be written below it.
        Files.createDirectories(folder.getParent());
        Files.writeString(folder, "not a folder");

        memory.rememberSignedIn(office, 3);
        memory.rememberWindow(PLACE);

        assertEquals(2, warnings().stream().filter(w -> w.startsWith("Could not write")).count(),
                warnings().toString());
        assertEquals(OptionalLong.empty(), memory.lastSignedIn(office));
    }
}

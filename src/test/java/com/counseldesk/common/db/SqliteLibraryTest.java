package com.counseldesk.common.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.Launcher;
import com.counseldesk.testutil.SqliteOnly;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

@SqliteOnly
class SqliteLibraryTest {
    @TempDir
    Path dir;

    private static byte[] libraryInTheJar() throws Exception {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath()
                + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return in.readAllBytes();
        }
    }

    private static List<Path> files(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void theLibraryIsUnpackedOnceAndThenUsedAsItIs() throws Exception {
        Path copy = SqliteLibrary.copyIn(dir).orElseThrow();

        assertEquals(dir, copy.getParent().getParent());
        assertEquals(LibraryLoaderUtil.getNativeLibName(), copy.getFileName().toString());
        assertArrayEquals(libraryInTheJar(), Files.readAllBytes(copy));
        FileTime unpacked = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(copy, unpacked);

        assertEquals(copy, SqliteLibrary.copyIn(dir).orElseThrow());
        assertEquals(unpacked, Files.getLastModifiedTime(copy), "not written again");
        assertEquals(List.of(copy), files(dir), "no temp file left");
    }

    @Test
    void aDamagedCopyIsUnpackedAgain() throws Exception {
        Path copy = SqliteLibrary.copyIn(dir).orElseThrow();
        byte[] damaged = Files.readAllBytes(copy);
        damaged[damaged.length / 2] ^= 0x5a;
        Files.write(copy, damaged);

        assertEquals(copy, SqliteLibrary.copyIn(dir).orElseThrow());
        assertArrayEquals(libraryInTheJar(), Files.readAllBytes(copy));

        Files.write(copy, new byte[10]);
        SqliteLibrary.copyIn(dir);
        assertArrayEquals(libraryInTheJar(), Files.readAllBytes(copy));
        assertEquals(List.of(copy), files(dir));
    }

    @Test
    void theAppLoadsTheCopyBesideItsLogsAndUnpacksNothingIntoTheTempFolder() throws Exception {
        Path temp = Files.createDirectory(dir.resolve("tmp"));
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        for (int run = 0; run < 2; run++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classPath, "-D" + Launcher.LOG_DIR_PROPERTY + "=" + dir.resolve("logs"),
                    "-Dorg.sqlite.tmpdir=" + temp, Launcher.class.getName(),
                    "demo", "--db", dir.resolve("office" + run + ".db").toString(), "--families", "1")
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), output);
        }

        List<Path> copies = files(dir.resolve("native"));
        assertEquals(1, copies.size(), "one copy, made by the first start: " + copies);
        assertArrayEquals(libraryInTheJar(), Files.readAllBytes(copies.get(0)));
        assertEquals(List.of(), files(temp), "sqlite-jdbc unpacked nothing itself");
    }
}

package com.counseldesk.common.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc's native library, unpacked once into a folder of the user's and loaded from there.
 * Left to itself, sqlite-jdbc unpacks the library (1 MB) into the temp folder under a new name and
 * compares the two with MD5 at every start: about a tenth of a second of the database thread while
 * JavaFX starts. (It also fails where the temp folder may not hold code to run.)
 *
 * <p>The copy is kept under the CRC of the library in the jar and checked against that CRC before
 * it is used; a missing or different copy is unpacked again, to a temp file that is then moved into
 * place, so that two starts at once do no harm. When anything goes wrong, or
 * {@code org.sqlite.lib.path} is already set, sqlite-jdbc is left to do as it does.
 */
public final class SqliteLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static boolean done;

    private SqliteLibrary() {
    }

    /** Has sqlite-jdbc load its library from {@code folder} (made if needed); once per JVM. */
    public static synchronized void useCopyIn(Path folder) {
        if (done || System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        done = true;
        try {
            copyIn(folder).ifPresent(copy -> {
                System.setProperty(PATH_PROPERTY, copy.getParent().toString());
                System.setProperty(NAME_PROPERTY, copy.getFileName().toString());
            });
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(SqliteLibrary.class).warn("sqlite-jdbc unpacks its library itself: {}",
                    e.toString());
        }
    }

    /**
     * The library's copy in {@code folder}, unpacked if it is missing or differs; empty when the
     * library is not in a jar (then there is nothing to save).
     */
    static Optional<Path> copyIn(Path folder) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        URL url = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
        if (url == null) {
            return Optional.empty();
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return Optional.empty();
        }
        JarEntry entry = jar.getJarEntry();
        if (entry.getCrc() < 0 || entry.getSize() < 0) {
            return Optional.empty();
        }
        Path copy = folder.resolve(String.format(Locale.ROOT, "sqlite-jdbc-%08x", entry.getCrc())).resolve(name);
        if (Files.isRegularFile(copy) && Files.size(copy) == entry.getSize() && crc(copy) == entry.getCrc()) {
            return Optional.of(copy);
        }
        Files.createDirectories(copy.getParent());
        Path part = Files.createTempFile(copy.getParent(), name, ".part");
        try {
            try (InputStream in = url.openStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            if (crc(part) != entry.getCrc()) {
                throw new IOException("the library unpacked from " + url + " does not match its CRC");
            }
            Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return Optional.of(copy);
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(file));
        return crc.getValue();
    }
}

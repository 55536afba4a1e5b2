package com.counseldesk.report;

import com.counseldesk.common.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every workbook the app exports reaches its file: written beside the target under a temporary
 * name and moved into place only when complete, so that a cancelled or failed export leaves neither a
 * half-written workbook nor the temporary file, and a file of the same name is replaced only by a whole one.
 */
public final class WorkbookFile {
    /** Rows a streaming sheet keeps in memory; the rest are on their way to the file. */
    public static final int WINDOW = 200;
    private static final Logger LOG = LoggerFactory.getLogger(WorkbookFile.class);

    /** Writes the workbook into the temporary file it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path part) throws IOException;
    }

    private WorkbookFile() {
    }

    /** Writes {@code content} to {@code out} (made absolute, its folder made if missing); returns where it is. */
    public static Path write(Path out, Content content, Progress progress) {
        Path target = out.toAbsolutePath();
        Path part;
        try {
            Files.createDirectories(target.getParent());
            part = Files.createTempFile(target.getParent(), ".export-", ".xlsx.part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean done = false;
        try {
            content.writeTo(part);
            progress.checkCancelled();
            readableByOthers(part);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done = true;
            LOG.info("Workbook written to {}", target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}", part, e);
                }
            }
        }
    }

    /** A temporary file is made for its owner alone; the workbook is an ordinary file like any other saved. */
    private static void readableByOthers(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}

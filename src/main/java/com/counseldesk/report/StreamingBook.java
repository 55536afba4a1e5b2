package com.counseldesk.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming workbook whose sheets are spooled through an unsynchronized buffer. POI writes each
 * cell as a dozen small writes to a {@code BufferedWriter}, whose every call takes a lock: with a
 * hundred thousand detail rows that locking was the largest single cost of the export. Same XML,
 * same temporary files (deleted by {@link SXSSFWorkbook#close}).
 */
final class StreamingBook extends SXSSFWorkbook {
    StreamingBook(XSSFWorkbook base, int window) {
        super(base, window);
    }

    /**
     * The workbook's entries deflated at the fastest level: the detail sheets are tens of megabytes of
     * repetitive XML, which the default level took seconds more to squeeze by a few percent.
     */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriter(getSharedStringSource()) {
            @Override
            @SuppressWarnings("deprecation")
            public Writer createWriter(File fd) throws IOException {
                return new Spool(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8));
            }
        };
    }

    /** A buffer in front of a writer, for one thread. */
    static final class Spool extends Writer {
        private final Writer out;
        private final char[] buffer = new char[1 << 16];
        private int used;

        Spool(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (len > buffer.length - used) {
                drain();
                if (len > buffer.length) {
                    out.write(chars, off, len);
                    return;
                }
            }
            System.arraycopy(chars, off, buffer, used, len);
            used += len;
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            if (len > buffer.length - used) {
                drain();
                if (len > buffer.length) {
                    out.write(s, off, len);
                    return;
                }
            }
            s.getChars(off, off + len, buffer, used);
            used += len;
        }

        @Override
        public void write(String s) throws IOException {
            write(s, 0, s.length());
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                drain();
            } finally {
                out.close();
            }
        }

        private void drain() throws IOException {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }
    }
}

package com.counseldesk.report.importing;

import java.time.LocalDateTime;

/** One import as the list of past imports shows it. */
public record ImportBatch(long id, LocalDateTime at, String staffName, String fileName, String sheet,
        RegisterKind kind, int read, int stored, int merged, int rejected, LocalDateTime undoneAt) {
    public boolean undone() {
        return undoneAt != null;
    }
}

package com.counseldesk.report.importing;

import java.util.List;

/**
 * What an import did: rows read, stored as new households, merged into a household already stored or
 * made by an earlier row, rejected (with their reasons), and the people added as former staff.
 * {@code batchId} is null for a dry run, which stores nothing.
 */
public record ImportResult(Long batchId, int read, int stored, int merged, List<ImportRow.Rejected> rejected,
        List<String> formerStaff) {
    public ImportResult {
        rejected = List.copyOf(rejected);
        formerStaff = List.copyOf(formerStaff);
    }
}

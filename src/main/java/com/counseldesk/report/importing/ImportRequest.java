package com.counseldesk.report.importing;

import java.util.Map;

/**
 * What the person settled before importing: the sheet read with its mapping, which register it is,
 * and for each name in the sheet that is not a staff member's, the staff member it means (a name left
 * out is added as former staff). {@code fallbackOwner} takes the rows that name nobody; {@code actor}
 * is the manager importing (null from the command line).
 */
public record ImportRequest(String fileName, Sheet sheet, Mapping mapping, RegisterKind kind,
        Map<String, Long> people, Long fallbackOwner, Long actor, boolean dryRun) {
    public ImportRequest {
        people = Map.copyOf(people);
    }
}

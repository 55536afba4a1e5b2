package com.counseldesk.report.importing;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.Channel;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Relation;
import com.counseldesk.family.StudentDetails;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the rows under the header as the mapping says: each row becomes what will be stored, or is
 * rejected with its reason. Blank rows and a 合计 line are passed over. A date without its year takes
 * the year of the dates above it.
 */
public final class RowReader {
    private final Mapping mapping;
    private final Channel defaultChannel;
    private final LocalDate today;
    private int year;
    /** What each distinct cell text read as: a register repeats its numbers (calls back) and its grades. */
    private final Map<String, CellWords.Phones> phoneCells = new HashMap<>();
    private final Map<String, Grade> grades = new HashMap<>();

    public RowReader(Mapping mapping, RegisterKind kind, LocalDate today) {
        this.mapping = mapping;
        this.defaultChannel = kind == RegisterKind.CALLS ? Channel.INBOUND_CALL : Channel.DIRECT;
        this.today = today;
        this.year = today.getYear();
    }

    /** Every row of the sheet below the header that is a family's, in order. */
    public List<ImportRow> read(Sheet sheet) {
        List<SheetRow> rows = sheet.rows().stream()
                .filter(row -> row.number() > mapping.headerRow() && !row.isBlank() && !CellWords.isTotalLine(row))
                .toList();
        int phone = mapping.columnOf(Field.PHONE);
        if (phone >= 0) {
            // The numbers are most of the reading and depend on no other row: read on every core first.
            phoneCells.putAll(rows.parallelStream().map(row -> row.cell(phone).strip())
                    .collect(Collectors.toConcurrentMap(text -> text, CellWords::phones, (a, b) -> a)));
        }
        List<ImportRow> out = new ArrayList<>(rows.size());
        for (SheetRow row : rows) {
            out.add(read(row));
        }
        return out;
    }

    public ImportRow read(SheetRow row) {
        String dateText = cell(row, Field.DATE);
        if (dateText.isEmpty()) {
            return new ImportRow.Rejected(row, new Msg("import.reject.noDate"));
        }
        LocalDateTime at = CellWords.date(dateText, year, today).orElse(null);
        if (at == null) {
            return new ImportRow.Rejected(row, new Msg("import.reject.date", dateText));
        }
        year = at.getYear();
        String phoneText = cell(row, Field.PHONE);
        CellWords.Phones phones = phoneCells.computeIfAbsent(phoneText, CellWords::phones);
        if (!phones.unreadable().isEmpty()) {
            return new ImportRow.Rejected(row, new Msg("import.reject.phone", String.join(" ", phones.unreadable())));
        }
        if (phones.numbers().isEmpty()) {
            return new ImportRow.Rejected(row, new Msg("import.reject.noPhone"));
        }
        String studentName = cell(row, Field.STUDENT);
        if (studentName.isEmpty()) {
            return new ImportRow.Rejected(row, new Msg("import.reject.noStudent"));
        }
        try {
            StudentDetails student = new StudentDetails(studentName, CellWords.gender(cell(row, Field.GENDER)),
                    grades.computeIfAbsent(cell(row, Field.GRADE), CellWords::grade), cut(cell(row, Field.SCHOOL), Text.SHORT_MAX));
            ContactDetails contact = new ContactDetails(cut(cell(row, Field.PARENT), Text.NAME_MAX), Relation.UNKNOWN);
            return new ImportRow.Readable(row, student, contact, phones.numbers(), at,
                    cut(cell(row, Field.OWNER), Text.NAME_MAX),
                    CellWords.channel(cell(row, Field.CHANNEL), defaultChannel),
                    cut(cell(row, Field.DISTRICT), Text.SHORT_MAX), cut(cell(row, Field.NEEDS), Text.LONG_MAX),
                    cut(cell(row, Field.SUMMARY), 2000));
        } catch (ValidationException e) {
            return new ImportRow.Rejected(row, new Msg("import.reject.student", studentName));
        }
    }

    private String cell(SheetRow row, Field field) {
        int column = mapping.columnOf(field);
        return column < 0 ? "" : row.cell(column).strip();
    }

    /** What does not fit a column is cut rather than the row lost (a name is never cut: it is refused). */
    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}

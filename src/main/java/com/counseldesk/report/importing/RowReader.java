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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Reads the rows under the header as the mapping says: each row becomes what will be stored, or is
 * rejected with its reason. Blank rows and a 合计 line are passed over. A date without its year takes
 * the year of the dates above it.
 */
public final class RowReader {
    private final Mapping mapping;
    private final Channel defaultChannel;
    private final LocalDate today;
    /** What each distinct cell text read as: a register repeats its numbers (calls back), grades and dates. */
    private final Map<String, CellWords.Phones> phoneCells = new ConcurrentHashMap<>();
    private final Map<String, Grade> grades = new ConcurrentHashMap<>();
    private final Map<String, Optional<LocalDateTime>> dates = new ConcurrentHashMap<>();

    public RowReader(Mapping mapping, RegisterKind kind, LocalDate today) {
        this.mapping = mapping;
        this.defaultChannel = kind == RegisterKind.CALLS ? Channel.INBOUND_CALL : Channel.DIRECT;
        this.today = today;
    }

    /**
     * Every row of the sheet below the header that is a family's, in order. The years of the dates are
     * followed down the sheet first; then the rows, which depend on nothing else above them, are read
     * on every core (a register may have a hundred thousand).
     */
    public List<ImportRow> read(Sheet sheet) {
        List<SheetRow> rows = sheet.rows().stream()
                .filter(row -> row.number() > mapping.headerRow() && !row.isBlank() && !CellWords.isTotalLine(row))
                .toList();
        int[] years = new int[rows.size()];
        int year = today.getYear();
        for (int i = 0; i < rows.size(); i++) {
            years[i] = year;
            String dateText = cell(rows.get(i), Field.DATE);
            if (!dateText.isEmpty()) {
                year = date(dateText, year).map(LocalDateTime::getYear).orElse(year);
            }
        }
        return IntStream.range(0, rows.size()).parallel().mapToObj(i -> read(rows.get(i), years[i])).toList();
    }

    /** A date as the rows above it leave the year; the same text with the same year reads once. */
    private Optional<LocalDateTime> date(String text, int year) {
        return dates.computeIfAbsent(year + " " + text, k -> CellWords.date(text, year, today));
    }

    /** One row, a date without its year taking {@code year}. */
    private ImportRow read(SheetRow row, int year) {
        String dateText = cell(row, Field.DATE);
        if (dateText.isEmpty()) {
            return new ImportRow.Rejected(row, new Msg("import.reject.noDate"));
        }
        LocalDateTime at = date(dateText, year).orElse(null);
        if (at == null) {
            return new ImportRow.Rejected(row, new Msg("import.reject.date", dateText));
        }
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
                    grades.computeIfAbsent(cell(row, Field.GRADE), CellWords::grade),
                    cut(cell(row, Field.SCHOOL), Text.SHORT_MAX));
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

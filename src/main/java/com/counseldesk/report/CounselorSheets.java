package com.counseldesk.report;

import com.counseldesk.common.i18n.I18n;
import com.counseldesk.contract.ContractStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jdbi.v3.core.Handle;

/**
 * One sheet per counselor, shaped as the draft of their monthly work summary (工作总结): their
 * month's figures beside the office's, their follow-ups still open, and the contracts they signed.
 */
final class CounselorSheets {
    private static final String OPEN_FOLLOW_UPS = "SELECT f.due_at, f.household_id,"
            + " (SELECT s.name FROM student s WHERE s.household_id = f.household_id ORDER BY s.id LIMIT 1),"
            + " (SELECT p.number FROM phone p WHERE p.household_id = f.household_id AND p.active = 1"
            + " ORDER BY p.is_main DESC, p.id LIMIT 1), f.purpose"
            + " FROM follow_up f WHERE f.owner_id = :staff AND f.done_at IS NULL ORDER BY f.due_at, f.id";
    private static final String CONTRACTS = "SELECT k.number, k.signed_on, (SELECT s.name FROM student s"
            + " WHERE s.id = k.student_id), k.due_fen, k.paid_fen, k.status FROM contract k WHERE k.counselor_id = :staff"
            + " AND k.signed_on >= :from AND k.signed_on < :to ORDER BY k.signed_on, k.id";
    private final Workbook wb;
    private final Cells cells;
    private final I18n i18n;
    private final MonthReport r;
    private final Set<String> names = new HashSet<>();

    CounselorSheets(Workbook wb, Cells cells, I18n i18n, MonthReport report) {
        this.wb = wb;
        this.cells = cells;
        this.i18n = i18n;
        this.r = report;
    }

    void write(Handle h, MonthReport.StaffMember who) {
        String name = SheetCraft.sheetName(i18n.t("report.sheet.counselor", who.name()));
        while (!names.add(name) || wb.getSheet(name) != null) {
            name = SheetCraft.sheetName(i18n.t("report.sheet.counselor", who.name() + who.id()));
        }
        Sheet sheet = wb.createSheet(name);
        Row title = sheet.createRow(0);
        cells.text(title, 0, i18n.t("report.summaryDraft", who.name(), r.month().toString()));
        title.getCell(0).setCellStyle(cells.styles().title);
        Row header = sheet.createRow(2);
        String[] heads = {i18n.t("report.col.figure"), i18n.t("report.col.mine"), i18n.t("report.col.office"),
            i18n.t("report.col.shareOfOffice")};
        for (int i = 0; i < heads.length; i++) {
            cells.header(header, i, heads[i]);
        }
        int row = 3;
        for (Figure f : Figure.values()) {
            if (!f.splits(Breakdown.COUNSELOR)) {
                continue;
            }
            Row line = sheet.createRow(row++);
            Measure mine = r.of(f, who.id());
            Measure office = r.office().get(f);
            cells.bold(line, 0, i18n.label(f));
            cells.measure(line, 1, f, mine);
            cells.measure(line, 2, f, office);
            cells.percent(line, 3, f.kind() == Figure.Kind.RATE || office.value() == 0 ? null
                    : (double) mine.value() / office.value());
        }
        SheetCraft.widths(sheet, 24, 14, 14, 12, 24);
        SheetCraft.table(sheet, 2, 3, row - 1);

        row += 1;
        cells.bold(sheet.createRow(row++), 0, i18n.t("report.block.openFollowUps"));
        Row fh = sheet.createRow(row++);
        String[] fheads = {"report.col.dueAt", "report.col.household", "report.col.student", "report.col.phone",
            "report.col.purpose"};
        for (int i = 0; i < fheads.length; i++) {
            cells.header(fh, i, i18n.t(fheads[i]));
        }
        int[] next = {row};
        h.createQuery(OPEN_FOLLOW_UPS).bind("staff", who.id()).map((rs, ctx) -> {
            Row line = sheet.createRow(next[0]++);
            cells.dateTime(line, 0, LocalDateTime.parse(rs.getString(1)));
            cells.count(line, 1, rs.getLong(2));
            cells.text(line, 2, rs.getString(3));
            cells.text(line, 3, rs.getString(4));
            cells.text(line, 4, rs.getString(5));
            return 1;
        }).list();
        row = next[0] + 1;
        cells.bold(sheet.createRow(row++), 0, i18n.t("report.block.contracts"));
        Row ch = sheet.createRow(row++);
        String[] cheads = {"report.col.contractNo", "report.col.signedOn", "report.col.student", "report.col.due",
            "report.col.paid", "report.col.status"};
        for (int i = 0; i < cheads.length; i++) {
            cells.header(ch, i, i18n.t(cheads[i]));
        }
        next[0] = row;
        h.createQuery(CONTRACTS).bind("staff", who.id()).bind("from", r.month().from()).bind("to", r.month().to())
                .map((rs, ctx) -> {
                    Row line = sheet.createRow(next[0]++);
                    cells.text(line, 0, rs.getString(1));
                    cells.date(line, 1, LocalDate.parse(rs.getString(2)));
                    cells.text(line, 2, rs.getString(3));
                    cells.money(line, 3, rs.getLong(4));
                    cells.money(line, 4, rs.getLong(5));
                    cells.text(line, 5, i18n.label(ContractStatus.valueOf(rs.getString(6))));
                    return 1;
                }).list();
    }
}

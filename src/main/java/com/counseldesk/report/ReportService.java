package com.counseldesk.report;

import com.counseldesk.common.Progress;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import java.nio.file.Path;

/**
 * The monthly report for the app: the month's figures for the dashboard and the workbook export,
 * both from {@link Figures}. Reports are about the whole office, so they are a manager's.
 */
public final class ReportService {
    public static final String REFUSED = "error.report.managersOnly";
    private final Database db;

    public ReportService(Database db) {
        this.db = db;
    }

    /** Whether {@code who} sees the office's figures and exports them. */
    public static boolean mayRead(Staff who) {
        return who != null && who.active() && who.role() == Role.MANAGER;
    }

    /** The month's figures (the dashboard's). */
    public MonthReport read(Staff actor, Month month) {
        require(actor);
        return db.read(h -> h.inTransaction(tx -> MonthReport.read(tx, month)));
    }

    /** Writes the month's workbook to {@code out} (see {@link MonthlyReport}); returns where it is. */
    public Path export(Staff actor, Month month, Path out, Progress progress, I18n i18n) {
        require(actor);
        MonthlyReport.write(db, month, out, progress, i18n);
        return out;
    }

    private static void require(Staff actor) {
        if (!mayRead(actor)) {
            throw new ValidationException("report", REFUSED);
        }
    }
}

package com.counseldesk.walkin.ui;

import com.counseldesk.common.fx.DateText;
import com.counseldesk.common.fx.PrintPreview;
import com.counseldesk.common.fx.PrintTable;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A day's visitor list on paper ({@link PrintTable}, shown first in a {@link PrintPreview}): the
 * office, the day, the number of visitors and the page number on top of every page, the board's
 * columns. Only printing uses this class: nothing on the way to the first window loads it.
 */
final class DayListPrint {
    static final double ROW_HEIGHT = PrintTable.ROW_HEIGHT;

    private DayListPrint() {
    }

    /**
     * Shows the list's pages in a preview, from where they print through the system's print dialog;
     * the preview says when this PC has no printer or printing failed.
     */
    static void print(Window owner, DayList list, LocalDate day, String office, I18n i18n) {
        PrintPreview.show(owner, (width, height) -> pages(list, day, office, i18n, width, height),
                new Msg("today.print.noPrinter"), status -> new Msg("today.print.error", status), i18n);
    }

    /** How many visitors a page of printable height {@code height} holds under its header. */
    static int rowsPerPage(double height) {
        return PrintTable.rowsPerPage(height);
    }

    /**
     * The pages of {@code list} for a printable area of {@code width} × {@code height} (in points):
     * each with the office, the day, the number of visitors and "page n of m" on top. A day without
     * visitors is one page saying so in its title.
     */
    static List<VBox> pages(DayList list, LocalDate day, String office, I18n i18n, double width, double height) {
        String title = i18n.t("today.print.title", office, DateText.format(day), list.rows().size());
        return PrintTable.pages(title, (page, count) -> i18n.t("today.print.page", page, count), list.headers(),
                list.rows(), width, height);
    }

    /** The columns' widths on paper of {@code width}: see {@link PrintTable#widths}. */
    static List<Double> widths(DayList list, double width) {
        return PrintTable.widths(list.headers(), list.rows(), width);
    }
}

package com.counseldesk.contract.ui;

import com.counseldesk.common.ListSheet.Column;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.contract.Contract;
import com.counseldesk.contract.ContractTotals;
import java.util.List;

/**
 * The contract list as a sheet: the list's columns (number, signed, student, courses, counselor, due,
 * paid, refunded, outstanding, status) and the contract's other terms (start, subjects, class hours,
 * price and discount, remarks); money as yuan, days as days. The totals line puts each total under its
 * column.
 */
final class ContractRows {
    private static final int DUE = 10;

    private ContractRows() {
    }

    static List<Column> columns(I18n i18n) {
        return List.of(Column.text(i18n.t("contract.col.number"), 15),
                Column.date(i18n.t("contract.col.signedOn")),
                Column.date(i18n.t("contract.export.col.startsOn")),
                Column.text(i18n.t("contract.col.student"), 10),
                Column.text(i18n.t("contract.col.courses"), 22),
                Column.text(i18n.t("contract.export.col.subjects"), 14),
                Column.number(i18n.t("contract.export.col.classHours"), 7),
                Column.text(i18n.t("contract.col.counselor"), 10),
                Column.money(i18n.t("contract.export.col.price")),
                Column.money(i18n.t("contract.export.col.discount")),
                Column.money(i18n.t("contract.col.due")),
                Column.money(i18n.t("contract.col.paid")),
                Column.money(i18n.t("contract.col.refunded")),
                Column.money(i18n.t("contract.col.outstanding")),
                Column.text(i18n.t("contract.col.status"), 8),
                Column.text(i18n.t("contract.export.col.remarks"), 24));
    }

    static Object[] row(Contract c, I18n i18n) {
        return new Object[] {c.number(), c.signedOn(), c.startsOn(), c.studentName(), c.courseNames(),
                i18n.list(c.subjects().stream().map(i18n::label)), c.terms().classHours(), c.counselorName(),
                c.terms().price(), c.terms().discount(), c.terms().due(), c.paid(), c.refunded(), c.outstanding(),
                i18n.label(c.status()), c.remarks()};
    }

    /** "合计 5 份（作废的不计）" and the four totals under 应收, 已收, 已退, 未收. */
    static Object[] totals(ContractTotals t, I18n i18n) {
        Object[] line = new Object[columns(i18n).size()];
        line[0] = i18n.t("contract.export.totals", t.count());
        line[DUE] = t.signed();
        line[DUE + 1] = t.received();
        line[DUE + 2] = t.refunded();
        line[DUE + 3] = t.outstanding();
        return line;
    }
}

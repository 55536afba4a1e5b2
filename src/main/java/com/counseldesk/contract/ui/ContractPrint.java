package com.counseldesk.contract.ui;

import com.counseldesk.common.Fen;
import com.counseldesk.common.fx.DateText;
import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.fx.PrintPreview;
import com.counseldesk.common.fx.PrintTable;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.contract.Contract;
import com.counseldesk.contract.ContractPage;
import com.counseldesk.contract.DiscountKind;
import com.counseldesk.contract.Payment;
import com.counseldesk.contract.PriceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A contract's summary and a payment's receipt on paper, in the language in use (Chinese by default),
 * with the office's name in the title of every page: a table of what each line is and what it says,
 * through {@link PrintTable}, shown first in a {@link PrintPreview} (from where the system's print
 * dialog opens; a PC without a printer says so there).
 */
final class ContractPrint {
    private ContractPrint() {
    }

    /** Shows the summary's pages in a preview, from where they print. */
    static void printSummary(Window owner, ContractPage page, String office, I18n i18n) {
        preview(owner, (w, h) -> summary(page, office, i18n, w, h), i18n);
    }

    /** Shows the receipt of {@code p} in a preview, from where it prints. */
    static void printReceipt(Window owner, ContractPage page, Payment p, String office, I18n i18n) {
        preview(owner, (w, h) -> receipt(page, p, office, i18n, w, h), i18n);
    }

    private static void preview(Window owner, BiFunction<Double, Double, List<? extends Node>> pages, I18n i18n) {
        PrintPreview.show(owner, pages, new Msg("contract.print.noPrinter"),
                status -> new Msg("contract.print.error", status), i18n);
    }

    /** The contract's summary: its terms, money, days and people, then each payment and refund. */
    static List<VBox> summary(ContractPage page, String office, I18n i18n, double width, double height) {
        Contract c = page.contract();
        List<List<String>> rows = new ArrayList<>();
        row(rows, i18n, "contract.print.number", c.number());
        row(rows, i18n, "contract.print.student", c.studentName());
        row(rows, i18n, "contract.print.courses", c.courseNames());
        row(rows, i18n, "contract.print.subjects", i18n.list(c.subjects().stream().map(i18n::label)));
        row(rows, i18n, "contract.print.hours", String.valueOf(c.terms().classHours()));
        row(rows, i18n, "contract.print.price", price(c, i18n));
        row(rows, i18n, "contract.print.discount", discount(c, i18n));
        row(rows, i18n, "contract.print.due", c.terms().due().shown());
        row(rows, i18n, "contract.print.paid", c.paid().shown());
        row(rows, i18n, "contract.print.refunded", c.refunded().shown());
        row(rows, i18n, "contract.print.outstanding", c.outstanding().shown());
        row(rows, i18n, "contract.print.signedOn", DateText.format(c.signedOn()));
        row(rows, i18n, "contract.print.startsOn", DateText.format(c.startsOn()));
        row(rows, i18n, "contract.print.counselor", c.counselorName());
        row(rows, i18n, "contract.print.status", i18n.label(c.status()));
        row(rows, i18n, "contract.print.remarks", c.remarks());
        for (Payment p : page.payments()) {
            rows.add(List.of(i18n.label(p.kind()) + " " + DateText.format(p.paidOn()), i18n.t("contract.print.paymentLine",
                    p.amount(), i18n.label(p.method()), p.receiptNo() == null ? "—" : p.receiptNo(), p.takenByName())));
        }
        // A line to sign on and a date to fill in: an empty cell leaves no room to write.
        row(rows, i18n, "contract.print.parentSignature", i18n.t("contract.print.signHere"));
        row(rows, i18n, "contract.print.officeSignature", i18n.t("contract.print.signHere"));
        return PrintTable.pages(i18n.t("contract.print.title", office, c.number()),
                (n, count) -> i18n.t("contract.print.page", n, count), headers(i18n), rows, width, height);
    }

    /** A payment's receipt: what was paid, for what, how, by whom taken, and what is still owed. */
    static List<VBox> receipt(ContractPage page, Payment p, String office, I18n i18n, double width, double height) {
        Contract c = page.contract();
        Fen paidUpTo = page.payments().stream().filter(x -> !x.isRefund() && x.id() <= p.id()).map(Payment::amount)
                .reduce(Fen.ZERO, Fen::plus);
        List<List<String>> rows = new ArrayList<>();
        row(rows, i18n, "contract.print.receiptNo", p.receiptNo() == null ? "—" : p.receiptNo());
        row(rows, i18n, "contract.print.day", DateText.format(p.paidOn()));
        row(rows, i18n, "contract.print.number", c.number());
        row(rows, i18n, "contract.print.student", c.studentName());
        row(rows, i18n, "contract.print.courses", c.courseNames());
        row(rows, i18n, "contract.print.amount", p.amount().shown());
        row(rows, i18n, "contract.print.kind", i18n.label(p.kind()));
        row(rows, i18n, "contract.print.method", i18n.label(p.method()));
        row(rows, i18n, "contract.print.due", c.terms().due().shown());
        row(rows, i18n, "contract.print.paidUpTo", paidUpTo.shown());
        row(rows, i18n, "contract.print.owedAfter", c.terms().due().minus(paidUpTo).shown());
        row(rows, i18n, "contract.print.takenBy", p.takenByName() + " · " + Formats.dateTime(p.createdAt()));
        row(rows, i18n, "contract.print.parentSignature", i18n.t("contract.print.signHere"));
        return PrintTable.pages(i18n.t("contract.print.receiptTitle", office, p.receiptNo() == null ? "—"
                : p.receiptNo()), (n, count) -> i18n.t("contract.print.page", n, count), headers(i18n), rows, width,
                height);
    }

    static String price(Contract c, I18n i18n) {
        return c.terms().priceKind() == PriceKind.UNIT
                ? i18n.t("contract.price.unit", c.terms().unitPrice(), c.terms().classHours(), c.terms().price())
                : c.terms().price().shown();
    }

    static String discount(Contract c, I18n i18n) {
        if (c.terms().discountKind() == DiscountKind.NONE) {
            return i18n.t("contract.discount.none");
        }
        String amount = c.terms().discountKind() == DiscountKind.PERCENT
                ? i18n.t("contract.discount.percent", c.terms().percent().toPlainString(), c.terms().discount())
                : c.terms().discount().shown();
        return i18n.t("contract.discount.withReason", amount, c.terms().discountReason());
    }

    private static List<String> headers(I18n i18n) {
        return List.of(i18n.t("contract.print.item"), i18n.t("contract.print.value"));
    }

    private static void row(List<List<String>> rows, I18n i18n, String key, String value) {
        rows.add(List.of(i18n.t(key), value == null ? "" : value));
    }
}

package com.counseldesk.contract.ui;

import atlantafx.base.theme.Styles;
import com.counseldesk.common.fx.DateText;
import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.Notice;
import com.counseldesk.common.fx.Tables;
import com.counseldesk.common.fx.ViewScreen;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.contract.ContractEvent;
import com.counseldesk.contract.ContractPage;
import com.counseldesk.contract.Payment;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A contract's page: what was signed, the money (due, received, refunded, still owed: always in
 * sight), the actions the person may take, the payments and refunds, and the history with who and
 * when. Ctrl+P prints the summary; Enter on a payment prints its receipt. Only binds to its view model.
 */
public final class ContractPageView implements ViewScreen.View {
    static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private final ContractPageViewModel vm;
    private final I18n i18n;
    private final ContractLinks links;
    private final String office;
    private final VBox root = new VBox(8);
    private final TableView<Payment> payments;

    public ContractPageView(ContractPageViewModel vm, I18n i18n, ContractLinks links, String office) {
        this.vm = vm;
        this.i18n = i18n;
        this.links = links;
        this.office = office;
        this.payments = new TableView<>(vm.payments());
        build();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void focus() {
        Forms.focusWhenShown(payments);
    }

    private void build() {
        root.setId("contractPage");
        root.setPadding(new Insets(8));
        Label title = new Label();
        title.setId("contractTitle");
        title.getStyleClass().add("title-3");
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.textProperty().bind(text(p -> i18n.t("contract.page.title", p.contract().number(),
                p.contract().studentName(), i18n.label(p.contract().status())), i18n.t("contract.loading")));
        Label band = Notice.band("contractMessage", vm.messageProperty(), vm.messageKindProperty(), i18n);
        HBox.setHgrow(band, Priority.ALWAYS);
        HBox heading = new HBox(16, title, band);
        heading.setAlignment(Pos.CENTER_LEFT);

        Label money = new Label();
        money.setId("contractMoney");
        money.getStyleClass().add("title-4");
        money.textProperty().bind(text(p -> i18n.t("contract.page.money", p.contract().terms().due(),
                p.contract().paid(), p.contract().refunded(), p.contract().outstanding()), ""));

        GridPane facts = Forms.grid();
        facts.setPadding(Insets.EMPTY);
        fact(facts, 0, "contract.print.courses", "contractCourses", p -> p.contract().courseNames());
        fact(facts, 1, "contract.print.subjects", "contractSubjects",
                p -> i18n.list(p.contract().subjects().stream().map(i18n::label)));
        fact(facts, 2, "contract.print.hours", "contractHours", p -> String.valueOf(p.contract().terms().classHours()));
        fact(facts, 3, "contract.print.price", "contractPrice", p -> ContractPrint.price(p.contract(), i18n));
        fact(facts, 4, "contract.print.discount", "contractDiscount", p -> ContractPrint.discount(p.contract(), i18n));
        fact(facts, 5, "contract.print.counselor", "contractCounselor", p -> p.contract().counselorName());
        fact(facts, 6, "contract.page.days", "contractDays", p -> i18n.t("contract.page.daysText",
                DateText.format(p.contract().signedOn()), DateText.format(p.contract().startsOn())));
        fact(facts, 7, "contract.print.remarks", "contractRemarks", p -> p.contract().remarks());
        fact(facts, 8, "contract.page.recorded", "contractRecorded", p -> i18n.t("contract.page.recordedText",
                p.contract().createdByName(), Formats.dateTime(p.contract().createdAt())));

        Button pay = button("contractPayButton", "contract.page.pay", links.pay(), p -> !p.mayPay());
        pay.getStyleClass().add("accent");
        Button refund = button("contractRefundButton", "contract.page.refund", links.refund(),
                p -> !p.mayChange() || p.contract().refundable().isZero());
        Button complete = button("contractCompleteButton", "contract.page.complete", vm::complete,
                p -> !p.mayChange() || !p.contract().outstanding().isZero());
        Button voidButton = button("contractVoidButton", "contract.page.void", links.voidContract(),
                p -> !p.mayVoid() || !p.contract().paid().isZero());
        Button print = button("contractPrintButton", "contract.page.print", this::printSummary, p -> false);
        Button receipt = button("contractReceiptButton", "contract.page.receipt", this::printReceipt, p -> false);
        receipt.disableProperty().unbind();
        receipt.disableProperty().bind(vm.selectedPaymentProperty().isNull());
        Button referral = button("contractReferralButton", "contract.page.referral", links.referral(), p -> false);
        Button family = button("contractFamilyButton", "contract.page.family", links.openFamily(), p -> false);
        HBox actions = new HBox(8, pay, refund, complete, voidButton, print, receipt, referral, family);
        actions.setAlignment(Pos.CENTER_LEFT);

        payments.setId("contractPayments");
        payments.getStyleClass().add(Styles.DENSE);
        payments.setPlaceholder(new Label(i18n.t("contract.page.noPayments")));
        payments.getColumns().add(Tables.textColumn(i18n.t("contract.col.day"), p -> DateText.format(p.paidOn()), 90));
        payments.getColumns().add(Tables.textColumn(i18n.t("contract.col.kind"), p -> i18n.label(p.kind()), 70));
        payments.getColumns().add(Tables.textColumn(i18n.t("contract.col.amount"),
                p -> (p.isRefund() ? "−" : "") + p.amount().shown(), 110));
        payments.getColumns().add(Tables.textColumn(i18n.t("contract.col.method"), p -> i18n.label(p.method()), 80));
        payments.getColumns().add(Tables.textColumn(i18n.t("contract.col.receipt"),
                p -> p.receiptNo() == null ? "" : p.receiptNo(), 100));
        payments.getColumns().add(Tables.textColumn(i18n.t("contract.col.takenBy"), Payment::takenByName, 80));
        payments.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        payments.setPrefHeight(150);
        Tables.bindSelection(payments, vm.selectedPaymentProperty());

        TableView<ContractEvent> history = new TableView<>(vm.history());
        history.setId("contractHistory");
        history.getStyleClass().add(Styles.DENSE);
        history.getColumns().add(Tables.textColumn(i18n.t("contract.col.at"), e -> Formats.dateTime(e.at()), 120));
        history.getColumns().add(Tables.textColumn(i18n.t("contract.col.action"), e -> i18n.label(e.action()), 70));
        history.getColumns().add(Tables.textColumn(i18n.t("contract.col.staff"), ContractEvent::staffName, 70));
        history.getColumns().add(Tables.textColumn(i18n.t("contract.col.details"), this::details, 380));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.setPrefHeight(140);
        Label paymentsTitle = new Label(i18n.t("contract.page.payments"));
        paymentsTitle.getStyleClass().add("title-4");
        Label historyTitle = new Label(i18n.t("contract.page.history"));
        historyTitle.getStyleClass().add("title-4");
        VBox tables = new VBox(6, paymentsTitle, payments, historyTitle, history);
        VBox.setVgrow(history, Priority.ALWAYS);
        HBox body = new HBox(16, facts, tables);
        facts.setMinWidth(360);
        facts.setPrefWidth(420);
        HBox.setHgrow(tables, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(heading, money, actions, body);
        Keys.area(root, "keys.area.contractPage")
                .on(PRINT, "keys.contractPage.print", this::printSummary)
                .on(payments, Keys.ENTER, "keys.contractPage.receipt", e -> vm.selectedPaymentProperty().get() != null,
                        this::printReceipt)
                .standard("keys.list.move", Keys.UP, Keys.DOWN);
    }

    private String details(ContractEvent e) {
        return switch (e.action()) {
            case SIGNED -> i18n.t("contract.event.signed", e.amount());
            case PAID -> i18n.t("contract.event.paid", e.amount(), e.receiptNo());
            case REFUNDED -> i18n.t("contract.event.refunded", e.amount(), e.approvedByName(), e.reason());
            case VOIDED -> e.reason();
            case COMPLETED -> "";
        };
    }

    private void printSummary() {
        ContractPage p = vm.pageProperty().get();
        if (p != null) {
            ContractPrint.printSummary(root.getScene().getWindow(), p, office, i18n);
        }
    }

    private void printReceipt() {
        ContractPage p = vm.pageProperty().get();
        Payment chosen = vm.selectedPaymentProperty().get();
        if (p != null && chosen != null) {
            ContractPrint.printReceipt(root.getScene().getWindow(), p, chosen, office, i18n);
        }
    }

    private ObservableValue<String> text(Function<ContractPage, String> f, String none) {
        return vm.pageProperty().map(f).orElse(none);
    }

    private void fact(GridPane grid, int row, String labelKey, String id, Function<ContractPage, String> f) {
        Label value = new Label();
        value.setId(id);
        value.setWrapText(true);
        value.textProperty().bind(text(f, ""));
        Forms.row(grid, row, i18n.t(labelKey), value, id + "Row", null, i18n);
    }

    private Button button(String id, String key, Runnable action, java.util.function.Predicate<ContractPage> disabled) {
        Button b = new Button(i18n.t(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.pageProperty().get() == null
                || disabled.test(vm.pageProperty().get()), vm.pageProperty()));
        return b;
    }
}

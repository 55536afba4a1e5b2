package com.counseldesk.contract.ui;

import com.counseldesk.common.Phone;
import com.counseldesk.common.fx.DialogWindow;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.contract.Contract;
import com.counseldesk.contract.ContractPage;
import com.counseldesk.contract.ContractStatus;
import com.counseldesk.contract.NewPayment;
import com.counseldesk.contract.PayMethod;
import com.counseldesk.contract.Refund;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.StudentDetails;
import com.counseldesk.office.Staff;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The contract page's dialogs: 收款 (a payment), 退费 (a refund) and 作废 (void). Each is a window over the
 * main one with its fields and their messages; Enter saves, Esc closes without saving; it closes once
 * stored, and the contract page shows the contract as stored.
 */
public final class ContractDialogs {
    private ContractDialogs() {
    }

    /** 收款: amount (what is owed proposed), method, receipt number, day. */
    public static void pay(Window owner, PaymentFormViewModel vm, I18n i18n, ContractPageViewModel page) {
        GridPane grid = money(vm, "payment", "contract.payment.amount", NewPayment.AMOUNT, "contract.payment.method",
                NewPayment.METHOD, i18n);
        Forms.row(grid, 2, i18n.t("contract.payment.receipt"), field("paymentReceiptField", vm.receiptProperty()),
                "paymentReceipt", vm.error(NewPayment.RECEIPT), i18n);
        Forms.markRequired(grid, "paymentReceipt");
        inRowOrder(grid);
        Stage stage = show(owner, "paymentForm", "contract.payment.title", i18n, grid,
                vm.pageProperty().map(p -> owed(p, i18n)), vm.messageProperty(), vm.busyProperty(), vm::save);
        vm.onDone(p -> {
            stage.close();
            page.changed(p, new Msg("contract.page.paid", p.contract().number(), p.contract().outstanding()));
        });
        Forms.focusWhenShown(grid.lookup("#paymentAmountField"));
        vm.load();
    }

    /** 退费: amount (at most what was kept), method, reason, the approving manager, day. */
    public static void refund(Window owner, RefundFormViewModel vm, I18n i18n, ContractPageViewModel page) {
        GridPane grid = money(vm, "refund", "contract.refund.amount", Refund.AMOUNT, "contract.refund.method",
                Refund.METHOD, i18n);
        Forms.row(grid, 2, i18n.t("contract.refund.reason"), field("refundReasonField", vm.reasonProperty()),
                "refundReason", vm.error(Refund.REASON), i18n);
        Forms.markRequired(grid, "refundReason");
        ComboBox<Staff> approver = Forms.combo("refundApproverBox", vm.managers(), Staff::name);
        approver.setItems(vm.managers());
        approver.valueProperty().bindBidirectional(vm.approverProperty());
        Forms.row(grid, 3, i18n.t("contract.refund.approver"), approver, "refundApprover",
                vm.error(Refund.APPROVED_BY), i18n);
        Forms.markRequired(grid, "refundApprover");
        inRowOrder(grid);
        Stage stage = show(owner, "refundForm", "contract.refund.title", i18n, grid,
                vm.pageProperty().map(p -> kept(p, i18n)), vm.messageProperty(), vm.busyProperty(), vm::save);
        vm.onDone(p -> {
            stage.close();
            page.changed(p, new Msg("contract.page.refunded", p.contract().number(), p.contract().refunded()));
        });
        Forms.focusWhenShown(grid.lookup("#refundAmountField"));
        vm.load();
    }

    /**
     * The rows a payment and a refund share: the amount (row 0), how the money went (row 1) and the day
     * (row 4); ids "{prefix}AmountField", "{prefix}MethodBox", "{prefix}DayField".
     */
    private static GridPane money(MoneyForm vm, String prefix, String amountLabel, String amountField,
            String methodLabel, String methodField, I18n i18n) {
        GridPane grid = Forms.grid();
        grid.setPadding(Insets.EMPTY);
        Forms.row(grid, 0, i18n.t(amountLabel), field(prefix + "AmountField", vm.amountProperty()), prefix + "Amount",
                vm.error(amountField), i18n);
        Forms.markRequired(grid, prefix + "Amount");
        ComboBox<PayMethod> method = Forms.combo(prefix + "MethodBox", List.of(PayMethod.values()), i18n::label);
        method.valueProperty().bindBidirectional(vm.methodProperty());
        Forms.row(grid, 1, i18n.t(methodLabel), method, prefix + "Method", vm.error(methodField), i18n);
        Forms.markRequired(grid, prefix + "Method");
        Forms.row(grid, 4, i18n.t("contract.payment.day"), field(prefix + "DayField", vm.dayProperty()), prefix + "Day",
                vm.error(NewPayment.PAID_ON), i18n);
        return grid;
    }

    /**
     * Puts the grid's children in the order of their rows (then columns): Tab goes through a container's
     * children in the order they were added, and the day's row (4) is added before the rows between.
     */
    private static void inRowOrder(GridPane grid) {
        List<Node> sorted = new ArrayList<>(grid.getChildren());
        sorted.sort(Comparator.comparingInt((Node n) -> index(GridPane.getRowIndex(n)))
                .thenComparingInt(n -> index(GridPane.getColumnIndex(n))));
        grid.getChildren().setAll(sorted);
    }

    private static int index(Integer i) {
        return i == null ? 0 : i;
    }

    /** 作废: the reason. */
    public static void voidContract(Window owner, VoidFormViewModel vm, I18n i18n, ContractPageViewModel page) {
        GridPane grid = Forms.grid();
        grid.setPadding(Insets.EMPTY);
        Forms.row(grid, 0, i18n.t("contract.void.reason"), field("voidReasonField", vm.reasonProperty()),
                "voidReason", vm.error(ContractStatus.FIELD), i18n);
        Forms.markRequired(grid, "voidReason");
        Stage stage = show(owner, "voidForm", "contract.void.title", i18n, grid,
                vm.pageProperty().map(p -> i18n.t("contract.void.about", p.contract().number(),
                        p.contract().studentName())), vm.messageProperty(), vm.busyProperty(), vm::save);
        vm.onDone(p -> {
            stage.close();
            page.changed(p, new Msg("contract.page.voided", p.contract().number()));
        });
        Forms.focusWhenShown(grid.lookup("#voidReasonField"));
        vm.load();
    }

    /**
     * 请客户转介绍: each family recommended is stored at once as a new lead naming this household; the
     * dialog stays open for the next one and lists those recorded. Esc or 关闭 ends it.
     */
    public static void referral(Window owner, ReferralFormViewModel vm, I18n i18n, Runnable recorded) {
        GridPane grid = Forms.grid();
        grid.setPadding(Insets.EMPTY);
        Forms.row(grid, 0, i18n.t("contract.referral.student"), field("referralStudentField", vm.studentProperty()),
                "referralStudent", vm.error(StudentDetails.NAME), i18n);
        Forms.markRequired(grid, "referralStudent");
        Forms.row(grid, 1, i18n.t("contract.referral.parent"), field("referralParentField", vm.parentProperty()),
                "referralParent", vm.error(ContactDetails.NAME), i18n);
        TextField phone = field("referralPhoneField", vm.phoneProperty());
        phone.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.phoneLeft();
            }
        });
        Forms.row(grid, 2, i18n.t("contract.referral.phone"), phone, "referralPhone", vm.error(Phone.FIELD), i18n);
        Forms.markRequired(grid, "referralPhone");
        Label list = new Label();
        list.setId("referralRecorded");
        list.setWrapText(true);
        list.textProperty().bind(Bindings.createStringBinding(() -> vm.recorded().isEmpty() ? ""
                : i18n.t("contract.referral.recorded", i18n.list(vm.recorded().stream()
                        .map(c -> c.studentNames() + " " + (c.mainPhone() == null ? ""
                                : c.mainPhone().phone().display())))), vm.recorded()));
        GridPane.setColumnSpan(list, 2);
        grid.add(list, 0, 3);
        show(owner, "referralForm", "contract.referral.title", i18n, grid,
                vm.referrerProperty().map(c -> i18n.t("contract.referral.about", c.studentNames())),
                vm.messageProperty(), vm.busyProperty(), vm::save);
        vm.onDone(c -> {
            recorded.run();
            Forms.focusWhenShown(grid.lookup("#referralStudentField"));
        });
        Forms.focusWhenShown(grid.lookup("#referralStudentField"));
        vm.load();
    }

    private static String owed(ContractPage p, I18n i18n) {
        Contract c = p.contract();
        return i18n.t("contract.payment.about", c.number(), c.studentName(), c.terms().due(), c.paid(),
                c.outstanding());
    }

    private static String kept(ContractPage p, I18n i18n) {
        Contract c = p.contract();
        return i18n.t("contract.refund.about", c.number(), c.studentName(), c.paid(), c.refundable());
    }

    static TextField field(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** The dialog around {@code grid}: its title, what it is about, the fields, the message and the buttons. */
    static Stage show(Window owner, String id, String titleKey, I18n i18n, GridPane grid,
            ObservableValue<String> about, ObservableValue<Msg> message, ObservableValue<Boolean> busy,
            Runnable save) {
        VBox root = new VBox(10);
        root.setId(id);
        root.setPadding(new Insets(14));
        Label title = new Label(i18n.t(titleKey));
        title.getStyleClass().add("title-3");
        Label aboutLabel = new Label();
        aboutLabel.setId(id + "About");
        aboutLabel.setWrapText(true);
        aboutLabel.textProperty().bind(about.orElse(i18n.t("contract.loading")));
        Button saveButton = new Button(i18n.t("contract.dialog.save"));
        saveButton.setId(id + "SaveButton");
        saveButton.getStyleClass().add("accent");
        saveButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> Boolean.TRUE.equals(busy.getValue()), busy));
        saveButton.setOnAction(e -> save.run());
        Button close = new Button(i18n.t("contract.dialog.close"));
        close.setId(id + "CloseButton");
        HBox foot = DialogWindow.foot(Forms.errorLabel(id + "Message", message, i18n), saveButton, close);
        root.getChildren().addAll(title, aboutLabel, grid, foot);
        Stage stage = DialogWindow.show(owner, root, titleKey, i18n, 520, save);
        close.setOnAction(e -> stage.close());
        return stage;
    }
}

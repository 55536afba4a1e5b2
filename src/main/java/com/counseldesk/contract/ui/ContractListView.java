package com.counseldesk.contract.ui;

import atlantafx.base.theme.Styles;
import com.counseldesk.common.fx.DateText;
import com.counseldesk.common.fx.ExportBar;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.MonthFilter;
import com.counseldesk.common.fx.Pick;
import com.counseldesk.common.fx.Tables;
import com.counseldesk.common.fx.ViewScreen;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.contract.Contract;
import com.counseldesk.contract.ContractStatus;
import com.counseldesk.contract.ContractTotals;
import com.counseldesk.contract.Course;
import com.counseldesk.office.Staff;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The contract list (合同, F6): the filters on top, the contracts, and the totals of everything the
 * filters find below, beside 导出 Excel (Ctrl+E: every contract found, with the totals). Enter or a
 * double-click opens a contract; Alt+←/→ go to the month before or after. Only binds to its view model.
 */
public final class ContractListView implements ViewScreen.View {
    private final ContractListViewModel vm;
    private final I18n i18n;
    private final LongConsumer openContract;
    private final VBox root = new VBox(8);
    private final TableView<Contract> table;

    public ContractListView(ContractListViewModel vm, I18n i18n, LongConsumer openContract) {
        this.vm = vm;
        this.i18n = i18n;
        this.openContract = openContract;
        this.table = new TableView<>(vm.rows());
        build();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void focus() {
        Forms.focusWhenShown(table);
    }

    private void build() {
        root.setId("contractList");
        root.setPadding(new Insets(8));
        Label title = new Label(i18n.t("contract.list.title"));
        title.getStyleClass().add("title-3");
        title.setMinWidth(Label.USE_PREF_SIZE);
        VBox monthBox = MonthFilter.box("contractList", vm.monthFilter(), "contract.list.monthPrompt", i18n);
        ComboBox<Pick<Staff>> counselor = Forms.filter("contractListCounselor", vm.counselors(),
                vm.counselorProperty(), i18n.t("contract.list.anyCounselor"), Staff::name, 150);
        ComboBox<Pick<ContractStatus>> status = Forms.filter("contractListStatus", vm.statuses(), vm.statusProperty(),
                i18n.t("contract.list.anyStatus"), i18n::label, 140);
        ComboBox<Pick<Course>> course = Forms.filter("contractListCourse", vm.courses(), vm.courseProperty(),
                i18n.t("contract.list.anyCourse"), Course::name, 170);
        CheckBox unpaid = new CheckBox(i18n.t("contract.list.unpaid"));
        unpaid.setId("contractListUnpaid");
        unpaid.selectedProperty().bindBidirectional(vm.unpaidOnlyProperty());
        HBox filters = new HBox(10, title, monthBox, counselor, status, course, unpaid,
                Forms.errorLabel("contractListMessage", vm.messageProperty(), i18n));
        filters.setAlignment(Pos.TOP_LEFT);

        table.setId("contractTable");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(i18n.t("contract.list.empty")));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.col.number"), Contract::number, 110));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.col.signedOn"),
                c -> DateText.format(c.signedOn()), 90));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.col.student"), Contract::studentName, 80));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.col.courses"), Contract::courseNames, 160));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.col.counselor"), Contract::counselorName, 70));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.col.due"), c -> c.terms().due().shown(), 100));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.col.paid"), c -> c.paid().shown(), 100));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.col.refunded"), c -> c.refunded().shown(), 90));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.col.outstanding"), c -> c.outstanding().shown(), 100));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.col.status"), c -> i18n.label(c.status()), 70));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.bindSelection(table, vm.selectedProperty());
        table.setRowFactory(t -> {
            TableRow<Contract> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openContract.accept(row.getItem().id());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Label totals = new Label();
        totals.setId("contractTotals");
        totals.getStyleClass().add("title-4");
        totals.textProperty().bind(Bindings.createStringBinding(() -> totalsText(vm.totalsProperty().get(),
                vm.moreProperty().get()), vm.totalsProperty(), vm.moreProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(12, totals, gap, ExportBar.of(vm.exporter(), vm::export, i18n));
        bottom.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(filters, table, bottom);
        Keys area = Keys.area(root, "keys.area.contractList")
                .on(table, Keys.ENTER, "keys.contractList.open", e -> vm.selectedProperty().get() != null,
                        () -> openContract.accept(vm.selectedProperty().get().id()))
                .standard("keys.list.move", Keys.UP, Keys.DOWN);
        MonthFilter.keys(area, vm.monthFilter());
        ExportBar.keys(area, vm.exporter(), vm::export);
    }

    private String totalsText(ContractTotals t, boolean more) {
        String line = i18n.t("contract.list.totals", t.count(), t.signed(), t.received(), t.refunded(),
                t.outstanding());
        return more ? line + " " + i18n.t("contract.list.more") : line;
    }
}

package com.counseldesk.hotline.ui;

import atlantafx.base.theme.Styles;
import com.counseldesk.common.fx.ExportBar;
import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.MonthFilter;
import com.counseldesk.common.fx.Pick;
import com.counseldesk.common.fx.Tables;
import com.counseldesk.common.fx.ViewScreen;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.hotline.CallLine;
import com.counseldesk.hotline.CallOutcome;
import com.counseldesk.office.Staff;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The call list (热线记录, F5): the filters on top (month, counselor, inbound or outbound, outcome), the
 * calls latest first, how many, and 导出 Excel (Ctrl+E). Enter or a double-click opens the family's page;
 * Alt+←/→ go to the month before or after. Only binds to its view model.
 */
public final class CallListView implements ViewScreen.View {
    private final CallListViewModel vm;
    private final I18n i18n;
    private final LongConsumer openFamily;
    private final VBox root = new VBox(8);
    private final TableView<CallLine> table;

    public CallListView(CallListViewModel vm, I18n i18n, LongConsumer openFamily) {
        this.vm = vm;
        this.i18n = i18n;
        this.openFamily = openFamily;
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
        root.setId("callList");
        root.setPadding(new Insets(8));
        Label title = new Label(i18n.t("hotline.calls.title"));
        title.getStyleClass().add("title-3");
        title.setMinWidth(Label.USE_PREF_SIZE);
        VBox monthBox = MonthFilter.box("callList", vm.monthFilter(), "hotline.calls.monthPrompt", i18n);
        ComboBox<Pick<Staff>> counselor = Forms.filter("callListCounselor", vm.counselors(), vm.counselorProperty(),
                i18n.t("hotline.calls.anyCounselor"), Staff::name, 150);
        ComboBox<Pick<Boolean>> direction = Forms.filter("callListDirection", vm.directions(), vm.directionProperty(),
                i18n.t("hotline.calls.anyKind"), in -> i18n.t(in ? "hotline.calls.inbound" : "hotline.calls.outbound"),
                200);
        ComboBox<Pick<CallOutcome>> outcome = Forms.filter("callListOutcome", vm.outcomes(), vm.outcomeProperty(),
                i18n.t("hotline.calls.anyOutcome"), i18n::label, 140);
        HBox filters = new HBox(10, title, monthBox, counselor, direction, outcome,
                Forms.errorLabel("callListMessage", vm.messageProperty(), i18n));
        filters.setAlignment(Pos.TOP_LEFT);

        table.setId("callTable");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(i18n.t("hotline.calls.empty")));
        table.getColumns().add(Tables.textColumn(i18n.t("hotline.calls.col.time"),
                c -> Formats.dateTime(c.startedAt()), 120));
        table.getColumns().add(Tables.textColumn(i18n.t("hotline.calls.col.kind"), c -> i18n.label(c.kind()), 90));
        table.getColumns().add(Tables.textColumn(i18n.t("hotline.calls.col.takenBy"), CallLine::takenByName, 80));
        table.getColumns().add(Tables.textColumn(i18n.t("hotline.calls.col.student"), CallLine::student, 80));
        table.getColumns().add(Tables.textColumn(i18n.t("hotline.calls.col.parent"), CallLine::parent, 80));
        table.getColumns().add(Tables.textColumn(i18n.t("hotline.calls.col.phone"), c -> c.phone().display(), 120));
        table.getColumns().add(Tables.textColumn(i18n.t("hotline.calls.col.duration"),
                c -> i18n.t("hotline.calls.minutes", c.minutes()), 70));
        table.getColumns().add(Tables.textColumn(i18n.t("hotline.calls.col.outcome"), c -> i18n.label(c.outcome()),
                80));
        table.getColumns().add(Tables.textColumn(i18n.t("hotline.calls.col.remarks"), CallLine::remarks, 300));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.bindSelection(table, vm.selectedProperty());
        table.setRowFactory(t -> {
            TableRow<CallLine> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && row.getItem().householdId() != null) {
                    openFamily.accept(row.getItem().householdId());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Label count = new Label();
        count.setId("callListCount");
        count.textProperty().bind(vm.countProperty().map(i18n::t).orElse(""));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(12, count, gap, ExportBar.of(vm.exporter(), vm::export, i18n));
        bottom.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(filters, table, bottom);
        Keys area = Keys.area(root, "keys.area.calls")
                .on(table, Keys.ENTER, "keys.calls.open", e -> familyOfChosen() != null,
                        () -> openFamily.accept(familyOfChosen()))
                .standard("keys.list.move", Keys.UP, Keys.DOWN);
        MonthFilter.keys(area, vm.monthFilter());
        ExportBar.keys(area, vm.exporter(), vm::export);
    }

    /** The family of the chosen call, or null (none chosen, or a number that gave no name). */
    private Long familyOfChosen() {
        CallLine c = vm.selectedProperty().get();
        return c == null ? null : c.householdId();
    }
}

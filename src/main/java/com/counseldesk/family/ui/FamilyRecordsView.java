package com.counseldesk.family.ui;

import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.fx.Tables;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.Change;
import com.counseldesk.family.TimelineEntry;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The family page's records: the timeline (newest first; a voided entry is struck through and
 * marked 已作废) with what can be done with the selected entry, and the history of every change
 * (who, when, what, before → after, why).
 */
final class FamilyRecordsView {
    private final FamilyPageViewModel vm;
    private final I18n i18n;
    private final TimelineActions actions;
    private final SplitPane root = new SplitPane();

    FamilyRecordsView(FamilyPageViewModel vm, I18n i18n, TimelineActions actions) {
        this.vm = vm;
        this.i18n = i18n;
        this.actions = actions;
        root.setOrientation(Orientation.VERTICAL);
        root.setId("familyRecords");
        root.getItems().addAll(timeline(), history());
        root.setDividerPositions(0.5);
    }

    Node root() {
        return root;
    }

    private Node timeline() {
        TableView<TimelineEntry> table = new TableView<>(vm.timeline());
        table.setId("timelineTable");
        table.setPlaceholder(new Label(i18n.t("family.timeline.empty")));
        table.getColumns().add(column("family.col.when", e -> Formats.dateTime(e.at()), 125));
        table.getColumns().add(column("family.col.kind", this::kind, 120));
        table.getColumns().add(column("family.col.summary", e -> i18n.t(e.summary()), 400));
        table.getColumns().add(column("family.col.staff", e -> e.staffName() == null ? "" : e.staffName(), 70));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<TimelineEntry> row = new TableRow<>() {
                @Override
                protected void updateItem(TimelineEntry item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("voided");
                    if (!empty && item != null && item.voided()) {
                        getStyleClass().add("voided");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && actions.action(row.getItem()) != null) {
                    actions.open(row.getItem());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Button act = new Button();
        act.setId("timelineActionButton");
        act.textProperty().bind(table.getSelectionModel().selectedItemProperty()
                .map(e -> actions.action(e) == null ? null : i18n.t(actions.action(e)))
                .orElse(i18n.t("family.timeline.noAction")));
        act.disableProperty().bind(table.getSelectionModel().selectedItemProperty()
                .map(e -> actions.action(e) == null).orElse(true));
        act.setOnAction(e -> {
            TimelineEntry selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && actions.action(selected) != null) {
                actions.open(selected);
            }
        });
        return box("timelineTitle", "family.timeline", table, act);
    }

    private String kind(TimelineEntry e) {
        String kind = i18n.t(e.kind());
        return e.voided() ? i18n.t("family.timeline.voided", kind) : kind;
    }

    private Node history() {
        TableView<Change> table = new TableView<>(vm.history());
        table.setId("familyHistoryTable");
        table.setPlaceholder(new Label(i18n.t("family.history.empty")));
        table.getColumns().add(column("family.col.when", c -> text().when(c), 125));
        table.getColumns().add(column("family.col.who", c -> text().who(c), 60));
        table.getColumns().add(column("family.col.what", c -> text().what(c), 220));
        table.getColumns().add(column("family.col.change", c -> text().change(c), 230));
        table.getColumns().add(column("family.col.reason", c -> text().reason(c), 120));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box("familyHistoryTitle", "family.history", table, null);
    }

    private HistoryText text() {
        return new HistoryText(i18n, vm.cardProperty().get(), vm.timeline());
    }

    private VBox box(String titleId, String titleKey, Node table, Node action) {
        Label title = new Label(i18n.t(titleKey));
        title.setId(titleId);
        title.getStyleClass().add("title-4");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = action == null ? new HBox(title) : new HBox(8, title, spacer, action);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, header, table);
        box.setPadding(new Insets(6, 8, 6, 8));
        return box;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        return Tables.textColumn(i18n.t(key), value, width);
    }
}

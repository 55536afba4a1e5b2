package com.counseldesk.consult.ui;

import atlantafx.base.theme.Styles;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.Tables;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.FollowUpLine;
import com.counseldesk.family.ui.PagePart;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The family page's follow-ups (回访): 安排回访, and the household's open follow-ups with 记录结果 for
 * the chosen one (a double-click does the same). Hidden from those who may not read the household's records.
 */
public final class FollowUpsPart implements PagePart {
    private final HouseholdFollowUpsViewModel vm;
    private final Runnable plan;
    private final LongConsumer record;

    /** {@code plan} opens the planning dialog for this household; {@code record} the result dialog of a follow-up. */
    public FollowUpsPart(HouseholdFollowUpsViewModel vm, Runnable plan, LongConsumer record) {
        this.vm = vm;
        this.plan = plan;
        this.record = record;
    }

    @Override
    public Node build(I18n i18n) {
        Label title = new Label();
        title.setId("followUpsTitle");
        title.getStyleClass().add("title-4");
        title.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("followUp.open", vm.open().size()),
                vm.open()));
        Button planButton = new Button(i18n.t("followUp.plan"));
        planButton.setId("planFollowUpButton");
        planButton.getStyleClass().add("small");
        planButton.setMinWidth(Region.USE_PREF_SIZE);
        planButton.setOnAction(e -> plan.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button recordButton = new Button(i18n.t("followUp.record"));
        recordButton.setId("recordFollowUpButton");
        recordButton.getStyleClass().add("small");
        recordButton.setMinWidth(Region.USE_PREF_SIZE);
        recordButton.disableProperty().bind(vm.selectedProperty().isNull());
        recordButton.setOnAction(e -> recordChosen());
        HBox header = new HBox(8, title, spacer, planButton, recordButton);
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<FollowUpLine> table = new TableView<>(vm.open());
        table.setId("followUpTable");
        table.getStyleClass().add(Styles.DENSE);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> vm.statusProperty().get() == null
                ? i18n.t("followUp.none") : i18n.t(vm.statusProperty().get()), vm.statusProperty()));
        table.setPlaceholder(empty);
        table.getColumns().add(Tables.textColumn(i18n.t("followUp.col.due"), l -> l.followUp().dueText(), 110));
        table.getColumns().add(Tables.textColumn(i18n.t("followUp.col.whom"), FollowUpLine::students, 80));
        table.getColumns().add(Tables.textColumn(i18n.t("followUp.col.purpose"), l -> l.followUp().purpose(), 150));
        table.getColumns().add(Tables.textColumn(i18n.t("followUp.col.owner"), l -> l.followUp().ownerName(), 60));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(120);
        table.setMinHeight(90);
        vm.selectedProperty().set(null);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        table.setRowFactory(t -> {
            TableRow<FollowUpLine> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    record.accept(row.getItem().followUp().id());
                }
            });
            return row;
        });
        VBox box = new VBox(4, header, table);
        box.setId("followUps");
        box.setPadding(Insets.EMPTY);
        box.visibleProperty().bind(vm.shownProperty());
        box.managedProperty().bind(box.visibleProperty());
        Keys.area(box, "keys.area.followUps")
                .on(table, Keys.ENTER, "keys.followUps.record", e -> vm.selectedProperty().get() != null,
                        this::recordChosen);
        return box;
    }

    private void recordChosen() {
        FollowUpLine chosen = vm.selectedProperty().get();
        if (chosen != null) {
            record.accept(chosen.followUp().id());
        }
    }

    @Override
    public void load() {
        vm.load();
    }
}

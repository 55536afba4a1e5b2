package com.counseldesk.contract.ui;

import atlantafx.base.theme.Styles;
import com.counseldesk.common.fx.DateText;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.Tables;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.contract.Contract;
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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The family page's contracts (合同): 签单 (Ctrl+K) for those who may record one, and the household's
 * contracts with what is still owed; Enter or a double-click opens one.
 */
public final class ContractsPart implements PagePart {
    static final KeyCombination SIGN = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private final HouseholdContractsViewModel vm;
    private final Runnable sign;
    private final LongConsumer open;

    /** {@code sign} opens the contract form for this household; {@code open} a contract's page. */
    public ContractsPart(HouseholdContractsViewModel vm, Runnable sign, LongConsumer open) {
        this.vm = vm;
        this.sign = sign;
        this.open = open;
    }

    @Override
    public Node build(I18n i18n) {
        Label title = new Label();
        title.setId("contractsTitle");
        title.getStyleClass().add("title-4");
        title.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("contract.part.title",
                vm.contracts().size()), vm.contracts()));
        Button signButton = new Button(i18n.t("contract.part.sign"));
        signButton.setId("signContractButton");
        signButton.getStyleClass().addAll("small", "accent");
        signButton.setMinWidth(Region.USE_PREF_SIZE);
        signButton.visibleProperty().bind(vm.maySignProperty());
        signButton.managedProperty().bind(signButton.visibleProperty());
        signButton.setOnAction(e -> sign.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, signButton);
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<Contract> table = new TableView<>(vm.contracts());
        table.setId("householdContracts");
        table.getStyleClass().add(Styles.DENSE);
        Label empty = new Label();
        empty.textProperty().bind(vm.statusProperty().map(i18n::t).orElse(i18n.t("contract.part.none")));
        table.setPlaceholder(empty);
        table.getColumns().add(Tables.textColumn(i18n.t("contract.col.number"), Contract::number, 100));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.col.student"), Contract::studentName, 60));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.col.signedOn"),
                c -> DateText.format(c.signedOn()), 80));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.col.due"), c -> c.terms().due().shown(), 90));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.col.outstanding"), c -> c.outstanding().shown(), 90));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.col.status"), c -> i18n.label(c.status()), 60));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(110);
        table.setMinHeight(80);
        Tables.bindSelection(table, vm.selectedProperty());
        table.setRowFactory(t -> {
            TableRow<Contract> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().id());
                }
            });
            return row;
        });
        VBox box = new VBox(4, header, table);
        box.setId("contracts");
        box.setPadding(Insets.EMPTY);
        box.visibleProperty().bind(vm.shownProperty());
        box.managedProperty().bind(box.visibleProperty());
        Keys.area(box, "keys.area.contracts")
                .on(table, Keys.ENTER, "keys.contracts.open", e -> vm.selectedProperty().get() != null,
                        () -> open.accept(vm.selectedProperty().get().id()));
        return box;
    }

    @Override
    public void keys(Keys page) {
        page.on(SIGN, "keys.contracts.sign", e -> vm.maySignProperty().get(), sign);
    }

    @Override
    public void load() {
        vm.load();
    }
}

package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.DialogWindow;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.FollowUpLine;
import com.counseldesk.consult.FollowUpResult;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The dialog that records what came of a follow-up (记录结果) and plans the next one in the same
 * step. It closes once both are stored; Escape closes it without recording anything.
 */
public final class FollowUpResultDialog {
    private final FollowUpResultViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(10);
    private final Button close = new Button();

    public FollowUpResultDialog(FollowUpResultViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
    }

    /** Shows the dialog over {@code owner} and starts reading the follow-up. */
    public static void show(Window owner, FollowUpResultViewModel vm, I18n i18n) {
        FollowUpResultDialog dialog = new FollowUpResultDialog(vm, i18n);
        Stage stage = DialogWindow.show(owner, dialog.root, "followUp.result.title", i18n, 580, vm::save);
        vm.onDone(r -> stage.close());
        dialog.close.setOnAction(e -> stage.close());
        vm.load();
    }

    private void build() {
        root.setId("followUpResultForm");
        root.setPadding(new Insets(14));
        Label title = new Label(i18n.t("followUp.result.title"));
        title.getStyleClass().add("title-3");
        Label summary = new Label();
        summary.setId("followUpResultSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.followUpProperty().map(this::describe).orElse(i18n.t("followUp.loading")));

        GridPane grid = Forms.grid();
        grid.setPadding(Insets.EMPTY);
        ComboBox<FollowUpResult> result = Forms.combo("followUpResultBox", vm.results(), i18n::label);
        result.valueProperty().bindBidirectional(vm.resultProperty());
        result.setPromptText(i18n.t("followUp.result.prompt"));
        Forms.row(grid, 0, i18n.t("followUp.result"), result, "followUpResult",
                vm.error(FollowUpResultViewModel.RESULT), i18n);
        Forms.markRequired(grid, "followUpResult");
        TextField note = new TextField();
        note.setId("followUpNoteField");
        note.setPromptText(i18n.t("followUp.note.prompt"));
        note.textProperty().bindBidirectional(vm.noteProperty());
        Forms.row(grid, 1, i18n.t("followUp.note"), note, "followUpNote",
                vm.error(FollowUpResultViewModel.NOTE), i18n);
        CheckBox planNext = new CheckBox(i18n.t("followUp.planNext"));
        planNext.setId("planNextBox");
        planNext.selectedProperty().bindBidirectional(vm.planNextProperty());
        planNext.disableProperty().bind(vm.nextIsOptional().not());
        grid.add(planNext, 1, 2);

        GridPane next = Forms.grid();
        next.setPadding(Insets.EMPTY);
        PlanNodes.add(next, 0, "next", i18n, vm.today(), vm.dayProperty(), vm.timeProperty(), vm.purposeProperty(),
                vm::error);
        Label nextTitle = new Label(i18n.t("followUp.next"));
        nextTitle.getStyleClass().add("title-4");
        VBox nextBox = new VBox(6, nextTitle, next);
        nextBox.setId("nextFollowUp");
        // Hidden without a next one, but keeping its room: the window does not jump as the result changes.
        nextBox.visibleProperty().bind(vm.nextWanted());

        Button save = new Button(i18n.t("followUp.result.save"));
        save.setId("recordResultButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(Bindings.or(vm.busyProperty(), vm.followUpProperty().isNull()));
        save.setOnAction(e -> vm.save());
        close.setText(i18n.t("followUp.close"));
        close.setId("followUpResultCloseButton");
        Label message = Forms.errorLabel("followUpResultMessage", vm.messageProperty(), i18n);
        HBox bottom = DialogWindow.foot(message, save, close);
        root.getChildren().addAll(title, summary, grid, nextBox, bottom);
        Forms.focusWhenShown(result);
    }

    private String describe(FollowUpLine line) {
        return i18n.t("followUp.result.summary", line.followUp().dueText(), line.students(), line.contact(),
                line.phone() == null ? "" : line.phone().display(), line.followUp().purpose());
    }
}

package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.DialogWindow;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.office.Staff;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The dialog that plans a follow-up (安排回访), from a family page or from today's visitors. It
 * closes once the follow-up is stored; Escape closes it without planning anything.
 */
public final class FollowUpDialog {
    private final FollowUpFormViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(10);
    private final Button close = new Button();

    public FollowUpDialog(FollowUpFormViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
    }

    /** Shows the dialog over {@code owner} and starts reading the household. */
    public static void show(Window owner, FollowUpFormViewModel vm, I18n i18n) {
        FollowUpDialog dialog = new FollowUpDialog(vm, i18n);
        Stage stage = DialogWindow.show(owner, dialog.root, "followUp.plan.title", i18n, 540, vm::save);
        vm.onDone(f -> stage.close());
        dialog.close.setOnAction(e -> stage.close());
        vm.load();
    }

    private void build() {
        root.setId("followUpForm");
        root.setPadding(new Insets(14));
        Label title = new Label(i18n.t("followUp.plan.title"));
        title.getStyleClass().add("title-3");
        Label family = new Label();
        family.setId("followUpFamily");
        family.setWrapText(true);
        family.textProperty().bind(vm.householdProperty().map(this::describe).orElse(i18n.t("followUp.loading")));

        GridPane grid = Forms.grid();
        grid.setPadding(Insets.EMPTY);
        ComboBox<FollowUpFormViewModel.Whom> whom = Forms.combo("followUpWhomBox", vm.whoms(),
                w -> w.student() == null ? i18n.t("followUp.wholeFamily") : w.student().name());
        whom.setItems(vm.whoms());
        whom.valueProperty().bindBidirectional(vm.whomProperty());
        whom.setDisable(!vm.choosesWhom());
        Forms.row(grid, 0, i18n.t("followUp.whom"), whom, "followUpWhom",
                vm.error(FollowUpFormViewModel.WHOM), i18n);
        ComboBox<Staff> owner = Forms.combo("followUpOwnerBox", vm.owners(), s -> s.name() + " · "
                + i18n.label(s.role()));
        owner.setItems(vm.owners());
        owner.valueProperty().bindBidirectional(vm.ownerProperty());
        // Only a manager chooses: for anyone else the box shows who makes it and cannot be changed.
        owner.disableProperty().bind(Bindings.size(vm.owners()).lessThan(2));
        Forms.row(grid, 1, i18n.t("followUp.owner"), owner, "followUpOwner",
                vm.error(FollowUpFormViewModel.OWNER), i18n);
        PlanNodes.add(grid, 2, "followUp", i18n, vm.today(), vm.dayProperty(), vm.timeProperty(),
                vm.purposeProperty(), vm::error);

        Button save = new Button(i18n.t("followUp.plan.save"));
        save.setId("followUpSaveButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        close.setText(i18n.t("followUp.close"));
        close.setId("followUpCloseButton");
        Label message = Forms.errorLabel("followUpMessage", vm.messageProperty(), i18n);
        HBox bottom = DialogWindow.foot(message, save, close);
        Label required = new Label(i18n.t("form.requiredNote"));
        required.getStyleClass().add("text-muted");
        root.getChildren().addAll(title, family, grid, required, bottom);
        // The cursor starts on the day: the usual change from what is proposed.
        Forms.focusWhenShown(grid.lookup("#followUpDay"));
    }

    private String describe(HouseholdCard card) {
        return i18n.t("followUp.family", card.studentNames(),
                card.mainContact() == null ? "" : card.mainContact().name(),
                card.mainPhone() == null ? "" : card.mainPhone().phone().display());
    }
}

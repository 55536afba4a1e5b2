package com.counseldesk.walkin.ui;

import com.counseldesk.common.fx.Fonts;
import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.KeyHelp;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.Channel;
import com.counseldesk.office.Staff;
import com.counseldesk.walkin.VisitRow;
import com.counseldesk.walkin.VisitStatus;
import com.counseldesk.walkin.ui.VisitEditViewModel.StudentChoice;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The dialog that corrects or voids one visit (更正/作废), opened from today's board, a family's
 * past visits or the family page's timeline. It closes once the change is stored.
 */
public final class VisitEditDialog {
    private final VisitEditViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(10);
    private final Button close = new Button();

    public VisitEditDialog(VisitEditViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
    }

    /** Shows the dialog over {@code owner} and starts reading the visit. */
    public static void show(Window owner, VisitEditViewModel vm, I18n i18n) {
        VisitEditDialog dialog = new VisitEditDialog(vm, i18n);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.t("visitEdit.title"));
        Scene scene = new Scene(dialog.root, 560, 600);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        Fonts.apply(dialog.root);
        stage.setScene(scene);
        vm.onDone(r -> stage.close());
        Keys.area(dialog.root, "visitEdit.title").ifUnused(Keys.ESCAPE, "keys.dialog.close", stage::close);
        KeyHelp.install(Keys.area(scene, "keys.area.window"), scene, () -> i18n);
        dialog.close.setOnAction(e -> stage.close());
        stage.show();
        // A shown stage is not focused by itself (JavaFX 20+): the dialog takes the keyboard.
        stage.requestFocus();
        vm.load();
    }

    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("visitEditView");
        root.setPadding(new Insets(14));
        Label title = new Label(i18n.t("visitEdit.title"));
        title.getStyleClass().add("title-3");
        Label summary = new Label();
        summary.setId("visitEditSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.visitProperty().map(this::describe).orElse(i18n.t("visitEdit.loading")));
        Label voided = new Label();
        voided.setId("visitEditVoided");
        voided.setWrapText(true);
        voided.getStyleClass().add("field-error");
        voided.textProperty().bind(vm.visitProperty().map(v -> v.status() == VisitStatus.VOID
                ? i18n.t("visitEdit.isVoid", v.voidReason()) : null).orElse(""));
        voided.visibleProperty().bind(voided.textProperty().isNotEmpty());
        voided.managedProperty().bind(voided.visibleProperty());

        Label message = Forms.errorLabel("visitEditMessage", vm.messageProperty(), i18n);
        close.setText(i18n.t("visitEdit.close"));
        close.setId("visitEditClose");
        close.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, message, spacer, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, summary, voided, correction(), new Separator(), voiding(), bottom);
    }

    private String describe(VisitRow v) {
        return i18n.t("visitEdit.summary", Formats.dateTime(v.arrivedAt()), v.studentNames(), v.channel(),
                v.counselorName(), v.status());
    }

    private Node correction() {
        GridPane grid = Forms.grid();
        grid.setPadding(Insets.EMPTY);
        ComboBox<Staff> counselor = Forms.combo("visitCounselorBox", List.of(),
                s -> s.name() + " · " + i18n.label(s.role()));
        counselor.setItems(vm.counselors());
        counselor.valueProperty().bindBidirectional(vm.counselorProperty());
        Forms.row(grid, 0, i18n.t("visitEdit.counselor"), counselor, "visitCounselor",
                vm.error(VisitEditViewModel.COUNSELOR), i18n);
        ComboBox<Channel> channel = Forms.combo("visitChannelBox", vm.channels(), i18n::label);
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        Forms.row(grid, 1, i18n.t("visitEdit.channel"), channel, "visitChannel",
                vm.error(VisitEditViewModel.CHANNEL), i18n);
        FlowPane students = new FlowPane(12, 4);
        students.setId("visitStudents");
        vm.students().addListener((ListChangeListener<StudentChoice>) c ->
                students.getChildren().setAll(vm.students().stream().map(this::studentBox).toList()));
        students.getChildren().setAll(vm.students().stream().map(this::studentBox).toList());
        Forms.row(grid, 2, i18n.t("visitEdit.students"), students, "visitStudents",
                vm.error(VisitEditViewModel.STUDENTS), i18n);
        TextField purpose = new TextField();
        purpose.setId("visitPurposeField");
        purpose.textProperty().bindBidirectional(vm.purposeProperty());
        Forms.row(grid, 3, i18n.t("visitEdit.purpose"), purpose, "visitPurpose",
                vm.error(VisitEditViewModel.PURPOSE), i18n);
        Button save = new Button(i18n.t("visitEdit.correct"));
        save.setId("visitCorrectButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(editable().not());
        save.setOnAction(e -> vm.correct());
        grid.add(save, 1, 4);
        return section("visitEdit.correction", grid);
    }

    private Node studentBox(StudentChoice choice) {
        CheckBox box = new CheckBox(choice.student().name());
        box.setId("visitStudent-" + choice.student().id());
        box.selectedProperty().bindBidirectional(choice.came());
        return box;
    }

    private Node voiding() {
        GridPane grid = Forms.grid();
        grid.setPadding(Insets.EMPTY);
        Label hint = new Label(i18n.t("visitEdit.void.hint"));
        hint.setWrapText(true);
        TextField reason = new TextField();
        reason.setId("voidReasonField");
        reason.setPromptText(i18n.t("visitEdit.void.prompt"));
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Forms.row(grid, 0, i18n.t("visitEdit.void.reason"), reason, "voidReason",
                vm.error(VisitEditViewModel.REASON), i18n);
        Button voidButton = new Button(i18n.t("visitEdit.void"));
        voidButton.setId("voidVisitButton");
        voidButton.getStyleClass().add("danger");
        voidButton.disableProperty().bind(editable().not());
        voidButton.setOnAction(e -> vm.voidVisit());
        grid.add(voidButton, 1, 1);
        return section("visitEdit.voiding", new VBox(6, hint, grid));
    }

    /** Whether the visit can be changed now: read, not void, nothing being saved. */
    private BooleanBinding editable() {
        return Bindings.createBooleanBinding(vm::canEdit, vm.visitProperty(), vm.busyProperty());
    }

    private Node section(String key, Node content) {
        Label title = new Label(i18n.t(key));
        title.getStyleClass().add("title-4");
        return new VBox(6, title, content);
    }
}

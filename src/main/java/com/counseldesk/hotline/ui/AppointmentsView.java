package com.counseldesk.hotline.ui;

import atlantafx.base.theme.Styles;
import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.Notice;
import com.counseldesk.common.fx.Tables;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.ui.PlanNodes;
import com.counseldesk.hotline.AppointmentRow;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The appointments screen (邀约上门): today's and the coming two weeks', each with its family, time,
 * counselor, what to bring and where it stands; for the chosen one: arrived (the visit registered at the
 * desk), no-show, reminded, cancelled with a reason, moved to another time. Enter or a double-click
 * opens the family's page.
 */
public final class AppointmentsView {
    private final AppointmentsViewModel vm;
    private final I18n i18n;
    private final LongConsumer openFamily;
    private final VBox root = new VBox(8);
    private final TableView<AppointmentRow> table;

    public AppointmentsView(AppointmentsViewModel vm, I18n i18n, LongConsumer openFamily) {
        this.vm = vm;
        this.i18n = i18n;
        this.openFamily = openFamily;
        this.table = new TableView<>(vm.rows());
        build();
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        Forms.focusWhenShown(table);
    }

    private void build() {
        root.setId("appointmentsView");
        root.setPadding(new Insets(8));
        Label title = new Label(i18n.t("hotline.appointments.title"));
        title.setId("appointmentsTitle");
        title.getStyleClass().add("title-3");
        title.setMinWidth(Label.USE_PREF_SIZE);
        CheckBox mine = new CheckBox(i18n.t("hotline.appointments.mine"));
        mine.setId("appointmentsMine");
        mine.setMinWidth(Label.USE_PREF_SIZE);
        mine.selectedProperty().bindBidirectional(vm.mineProperty());
        Label message = Notice.band("appointmentsMessage", vm.messageProperty(), vm.messageKindProperty(), i18n);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox heading = new HBox(16, title, mine, message);
        heading.setAlignment(Pos.CENTER_LEFT);

        table.setId("appointmentsTable");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(i18n.t("hotline.appointments.empty")));
        table.getColumns().add(Tables.textColumn(i18n.t("hotline.appointments.col.time"),
                a -> Formats.dateTime(a.startsAt()), 130));
        table.getColumns().add(Tables.textColumn(i18n.t("today.col.student"), AppointmentRow::studentName, 90));
        table.getColumns().add(Tables.textColumn(i18n.t("today.col.parent"), AppointmentRow::parentName, 80));
        table.getColumns().add(Tables.textColumn(i18n.t("today.col.phone"),
                a -> a.phone() == null ? "" : a.phone().display(), 110));
        table.getColumns().add(Tables.textColumn(i18n.t("today.col.counselor"), AppointmentRow::counselorName, 80));
        table.getColumns().add(Tables.textColumn(i18n.t("today.col.status"), a -> i18n.label(a.status()), 80));
        table.getColumns().add(Tables.textColumn(i18n.t("hotline.appointments.col.reminded"),
                a -> Formats.time(a.remindedAt()), 80));
        table.getColumns().add(Tables.textColumn(i18n.t("hotline.call.bring"),
                a -> i18n.list(a.bring().stream().map(i18n::label)), 420));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.bindSelection(table, vm.selectedProperty());
        table.setRowFactory(t -> {
            TableRow<AppointmentRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openFamily.accept(row.getItem().householdId());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        BooleanBinding notBooked = Bindings.createBooleanBinding(() -> vm.selectedProperty().get() == null
                || !vm.selectedProperty().get().isBooked(), vm.selectedProperty());
        Button arrived = button("appointmentArrivedButton", "hotline.appointments.arrive", vm::arrived, notBooked);
        arrived.getStyleClass().add("accent");
        Button noShow = button("appointmentNoShowButton", "hotline.appointments.noShow", vm::noShow, notBooked);
        Button reminded = button("appointmentRemindedButton", "hotline.appointments.reminded", vm::reminded,
                notBooked);
        Button open = button("appointmentOpenFamilyButton", "today.openFamily", () -> {
            if (vm.selectedProperty().get() != null) {
                openFamily.accept(vm.selectedProperty().get().householdId());
            }
        }, vm.selectedProperty().isNull());
        HBox actions = new HBox(8, arrived, noShow, reminded, open);
        actions.setAlignment(Pos.CENTER_LEFT);

        TextField reason = new TextField();
        reason.setId("appointmentReasonField");
        reason.setPromptText(i18n.t("hotline.appointments.reason.prompt"));
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        reason.setPrefColumnCount(18);
        Button cancel = button("appointmentCancelButton", "hotline.appointments.cancel", vm::cancel, notBooked);
        HBox cancelRow = new HBox(8, reason, cancel);
        cancelRow.setAlignment(Pos.CENTER_LEFT);
        HBox when = PlanNodes.when("appointmentMove", i18n, vm.today(), vm.newDayProperty(), vm.newTimeProperty(),
                vm.moveErrorProperty(), null);
        vm.moveErrorProperty().addListener((o, a, why) -> {
            if (why != null) {
                Node day = when.lookup("#appointmentMoveDayText");
                if (day != null) {
                    day.requestFocus();
                }
            }
        });
        Button move = button("appointmentMoveButton", "hotline.appointments.move", vm::reschedule, notBooked);
        HBox moveRow = new HBox(8, new Label(i18n.t("hotline.appointments.moveTo")), when, move);
        moveRow.setAlignment(Pos.CENTER_LEFT);
        HBox changes = new HBox(24, cancelRow, moveRow);
        changes.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(heading, table, actions, changes);
        Keys.area(root, "keys.area.appointments")
                .on(table, Keys.ENTER, "keys.appointments.open", e -> vm.selectedProperty().get() != null,
                        () -> openFamily.accept(vm.selectedProperty().get().householdId()))
                .standard("keys.list.move", Keys.UP, Keys.DOWN);
    }

    private Button button(String id, String key, Runnable action, javafx.beans.value.ObservableBooleanValue disabled) {
        Button b = new Button(i18n.t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(disabled);
        return b;
    }
}

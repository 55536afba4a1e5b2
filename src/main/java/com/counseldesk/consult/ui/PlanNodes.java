package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.DateText;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.FollowUpPlan;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The rows of a follow-up's plan in a dialog's grid: the day (typed, 2026-11-28 or 2026/11/28, or
 * picked; no day before today), the time if one was agreed, and the purpose, each with its message.
 * Ids start with {@code prefix}: "{prefix}Day", "{prefix}DayText", "{prefix}TimeField", "{prefix}PurposeField".
 */
public final class PlanNodes {
    private PlanNodes() {
    }

    /** Adds the rows from {@code row} on; returns the next free row. */
    static int add(GridPane grid, int row, String prefix, I18n i18n, LocalDate today, StringProperty day,
            StringProperty time, StringProperty purpose, Function<String, ObservableValue<Msg>> error) {
        HBox when = when(prefix, i18n, today, day, time, error.apply(FollowUpPlan.DAY), error.apply(FollowUpPlan.TIME));
        Forms.row(grid, row, i18n.t("followUp.when"), when, prefix + "When", null, i18n);
        Forms.markRequired(grid, prefix + "When");
        TextField purposeField = new TextField();
        purposeField.setId(prefix + "PurposeField");
        purposeField.setPromptText(i18n.t("followUp.purposePrompt"));
        purposeField.textProperty().bindBidirectional(purpose);
        Forms.row(grid, row + 1, i18n.t("followUp.purpose"), purposeField, prefix + "Purpose",
                error.apply(FollowUpPlan.PURPOSE), i18n);
        Forms.markRequired(grid, prefix + "Purpose");
        return row + 2;
    }

    /**
     * A day (typed or picked, none before today) and a time side by side, each with its message under
     * it ({@code timeError} null: the day's message speaks for both). Ids: "{prefix}Day", "{prefix}DayText",
     * "{prefix}TimeField".
     */
    public static HBox when(String prefix, I18n i18n, LocalDate today, StringProperty day, StringProperty time,
            ObservableValue<Msg> dayError, ObservableValue<Msg> timeError) {
        DatePicker picker = new DatePicker();
        picker.setId(prefix + "Day");
        picker.setEditable(true);
        picker.setConverter(DateText.keepingTypedText());
        picker.setPromptText(i18n.t("followUp.dayPrompt"));
        picker.getEditor().setId(prefix + "DayText");
        picker.getEditor().textProperty().bindBidirectional(day);
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item == null || item.isBefore(today));
            }
        });
        TextField timeField = new TextField();
        timeField.setId(prefix + "TimeField");
        timeField.setPromptText(i18n.t("followUp.timePrompt"));
        timeField.textProperty().bindBidirectional(time);
        VBox dayBox = new VBox(2, picker, Forms.errorLabel(prefix + "DayError", dayError, i18n));
        VBox timeBox = timeError == null ? new VBox(2, timeField)
                : new VBox(2, timeField, Forms.errorLabel(prefix + "TimeError", timeError, i18n));
        // Fixed widths: a message under the day or the time wraps instead of widening its field.
        dayBox.setPrefWidth(170);
        timeBox.setPrefWidth(170);
        return new HBox(8, dayBox, timeBox);
    }
}

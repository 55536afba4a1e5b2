package com.counseldesk.common.fx;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A list's month filter (the contract list, the call list): the month as typed (this month first; blank
 * for every month), the message when it cannot be read, and the month before or after (Alt+←/→, or the
 * buttons beside it). The view model holds one; {@link #box} and {@link #keys} show it.
 */
public final class MonthFilter {
    public static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    public static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    private final Clock clock;
    private final String field;
    private final String unreadable;
    private final StringProperty text;
    private final ObjectProperty<Msg> error = new SimpleObjectProperty<>();

    /** This month first; a month that cannot be read is refused with {@code unreadable} (a message key) for {@code field}. */
    public MonthFilter(Clock clock, String field, String unreadable) {
        this.clock = clock;
        this.field = field;
        this.unreadable = unreadable;
        this.text = new SimpleStringProperty(YearMonth.now(clock).toString());
    }

    /** The month typed, or null for every month; a month that cannot be read is said beside it and refused. */
    public YearMonth month() {
        try {
            YearMonth m = DateText.month(text.get());
            error.set(null);
            return m;
        } catch (DateTimeException e) {
            ValidationException refused = new ValidationException(field, unreadable);
            error.set(Msg.of(refused));
            throw refused;
        }
    }

    /** The month before or after the one shown ({@code step} −1 or 1); from this month when every month is shown. */
    public void move(int step) {
        try {
            YearMonth m = month();
            text.set((m == null ? YearMonth.now(clock) : m).plusMonths(step).toString());
        } catch (ValidationException e) {
            // said beside the month
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<Msg> errorProperty() {
        return error;
    }

    /**
     * The month's field between its &lt; and &gt; buttons, its message under them. Ids: {@code <prefix>Month},
     * {@code <prefix>PreviousMonth}, {@code <prefix>NextMonth}, {@code <prefix>MonthError}.
     */
    public static VBox box(String prefix, MonthFilter filter, String prompt, I18n i18n) {
        TextField month = new TextField();
        month.setId(prefix + "Month");
        month.setPrefColumnCount(7);
        month.setPromptText(i18n.t(prompt));
        month.textProperty().bindBidirectional(filter.textProperty());
        Button before = new Button("<");
        before.setId(prefix + "PreviousMonth");
        before.setOnAction(e -> filter.move(-1));
        Button after = new Button(">");
        after.setId(prefix + "NextMonth");
        after.setOnAction(e -> filter.move(1));
        return new VBox(2, new HBox(4, before, month, after),
                Forms.errorLabel(prefix + "MonthError", filter.errorProperty(), i18n));
    }

    /** Alt+← and Alt+→ in the list's area: the month before and after (listed by F1). */
    public static Keys keys(Keys area, MonthFilter filter) {
        return area.on(PREVIOUS, "keys.month.previous", () -> filter.move(-1))
                .on(NEXT, "keys.month.next", () -> filter.move(1));
    }
}

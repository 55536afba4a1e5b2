package com.counseldesk.consult.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.fx.DateText;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.FollowUpPlan;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * A follow-up's day, time and purpose as typed, in a form: the day as the date fields take it
 * (2026-11-28, 2026/11/28 …), the time as 14:30 (or 1430, 14：30 from a Chinese keyboard), blank for
 * "some time that day". Each field's message comes from {@link FollowUpPlan}'s rules, checked
 * against the office's clock.
 */
public final class PlanFields {
    private static final List<DateTimeFormatter> TIMES = List.of(pattern("H:mm"), pattern("HHmm"), pattern("H.mm"));
    private final StringProperty day = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty purpose = new SimpleStringProperty("");
    private final Supplier<LocalDateTime> now;

    /**
     * Adds the three fields to {@code form}. While {@code wanted} is false no plan is asked for (a
     * result that plans no next follow-up) and none of them has a message.
     */
    public PlanFields(FormModel form, Supplier<LocalDateTime> now, ObservableBooleanValue wanted) {
        this.now = now;
        form.field(FollowUpPlan.DAY, () -> wanted.get() ? dayMessage() : null, day, wanted)
                .field(FollowUpPlan.TIME, () -> wanted.get() ? timeMessage() : null, day, time, wanted)
                .field(FollowUpPlan.PURPOSE, () -> wanted.get()
                        ? FormModel.check(() -> FollowUpPlan.purpose(purpose.get())) : null, purpose, wanted);
    }

    /** The plan typed; refuses a field with its message. */
    public FollowUpPlan plan() {
        FollowUpPlan plan = new FollowUpPlan(day(), time(), purpose.get());
        return plan.notPast(now.get());
    }

    /** Puts a proposal into the fields (quietly, in the form's {@code quietly}): a day, no time, a purpose. */
    public void propose(LocalDate proposedDay, String proposedPurpose) {
        day.set(DateText.format(proposedDay));
        time.set("");
        purpose.set(proposedPurpose == null ? "" : proposedPurpose);
    }

    private Msg dayMessage() {
        return FormModel.check(() -> FollowUpPlan.checkNotPast(day(), null, now.get()));
    }

    private Msg timeMessage() {
        return FormModel.check(() -> {
            LocalTime t = time();
            LocalDate d;
            try {
                d = day();
            } catch (ValidationException e) {
                return;
            }
            FollowUpPlan.checkNotPast(d, t, now.get());
        });
    }

    /** The day typed: required, a date as the date fields take it. */
    private LocalDate day() {
        return day(day.get(), FollowUpPlan.DAY);
    }

    /** The time typed, or null when blank. */
    private LocalTime time() {
        return time(time.get(), FollowUpPlan.TIME);
    }

    /** A day as typed into a date field: required, refused beside {@code field} when it is no date. */
    public static LocalDate day(String typed, String field) {
        LocalDate d;
        try {
            d = DateText.parse(typed);
        } catch (DateTimeException e) {
            throw new ValidationException(field, "error.followUp.dayFormat");
        }
        if (d == null) {
            throw new ValidationException(field, "error.required");
        }
        return d;
    }

    /** A time as typed (14:30, 1430, 14：30), or null when blank; refused beside {@code field} when it is no time. */
    public static LocalTime time(String typed, String field) {
        String t = typed == null ? "" : typed.strip().replace('：', ':');
        if (t.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter f : TIMES) {
            try {
                return LocalTime.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next spelling
            }
        }
        throw new ValidationException(field, "error.followUp.timeFormat");
    }

    public StringProperty dayProperty() {
        return day;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    private static DateTimeFormatter pattern(String p) {
        return DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT);
    }
}

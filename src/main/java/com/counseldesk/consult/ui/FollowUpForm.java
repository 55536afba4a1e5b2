package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.SavingForm;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What the two follow-up forms share (planning one, recording a result with the next one): a day,
 * time and purpose ({@link PlanFields}), read and saved as every {@link SavingForm}. No JavaFX nodes.
 *
 * @param <T> what a save stores, handed to {@link #onDone} listeners
 */
public abstract class FollowUpForm<T> extends SavingForm<T> {
    protected final PlanFields plan;
    private final Clock clock;

    /** {@code planWanted}: whether the day, time and purpose are asked for now. */
    protected FollowUpForm(Background background, DialogService dialogs, Clock clock,
            ObservableBooleanValue planWanted) {
        super(background, dialogs, "followUp.loadFailed", "followUp.saveFailed", "followUp.saveFailed.detail");
        this.clock = clock;
        this.plan = new PlanFields(form, () -> LocalDateTime.now(clock), planWanted);
    }

    /** The day as typed ("2026-11-28", "2026/11/28"). */
    public StringProperty dayProperty() {
        return plan.dayProperty();
    }

    /** The time as typed ("14:30"); blank for some time that day. */
    public StringProperty timeProperty() {
        return plan.timeProperty();
    }

    public StringProperty purposeProperty() {
        return plan.purposeProperty();
    }

    /** The office's today, by its clock (the date fields offer no earlier day). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}

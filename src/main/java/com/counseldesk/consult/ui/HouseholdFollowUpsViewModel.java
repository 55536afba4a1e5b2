package com.counseldesk.consult.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.FollowUpLine;
import com.counseldesk.consult.FollowUpService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A household's open follow-ups on its family page, the soonest due first. Shown only to those who
 * may read the household's records: for anyone else the service refuses, and the section stays
 * hidden. No JavaFX nodes.
 */
public class HouseholdFollowUpsViewModel {
    private final long householdId;
    private final FollowUpService service;
    private final Background background;
    private final long actorId;
    private final ObservableList<FollowUpLine> open = FXCollections.observableArrayList();
    private final ObjectProperty<FollowUpLine> selected = new SimpleObjectProperty<>();
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final ObjectProperty<Msg> status = new SimpleObjectProperty<>();
    /** Counts the loads, so that an answer overtaken by a later load is dropped. */
    private int generation;

    public HouseholdFollowUpsViewModel(long householdId, FollowUpService service, Background background,
            long actorId) {
        this.householdId = householdId;
        this.service = service;
        this.background = background;
        this.actorId = actorId;
    }

    /** Reads the open follow-ups (again). */
    public void load() {
        int g = ++generation;
        background.run(() -> service.openFor(actorId, householdId), rows -> {
            if (g == generation) {
                open.setAll(rows);
                status.set(null);
                shown.set(true);
            }
        }, e -> {
            if (g != generation) {
                return;
            }
            open.clear();
            boolean refused = e instanceof ValidationException;
            shown.set(!refused);
            status.set(refused ? null : new Msg("followUp.loadFailed"));
        });
    }

    public long householdId() {
        return householdId;
    }

    public ObservableList<FollowUpLine> open() {
        return open;
    }

    public ObjectProperty<FollowUpLine> selectedProperty() {
        return selected;
    }

    /** Whether the person at this PC may see and plan this household's follow-ups. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown;
    }

    /** Why the list is empty when it could not be read; null otherwise. */
    public ReadOnlyObjectProperty<Msg> statusProperty() {
        return status;
    }
}

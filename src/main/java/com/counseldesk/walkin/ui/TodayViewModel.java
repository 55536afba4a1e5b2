package com.counseldesk.walkin.ui;

import com.counseldesk.common.Phone;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.Family;
import com.counseldesk.family.FamilyCard;
import com.counseldesk.walkin.RegistrationService;
import com.counseldesk.walkin.VisitRow;
import com.counseldesk.walkin.VisitStatus;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Today's visitors, and the past visits of one family: the one selected among today's visitors, or
 * the one the desk has just found by phone.
 */
public class TodayViewModel {
    /** The family whose visits are listed. */
    public record FamilyRef(long id, String studentName, Phone phone) {
    }

    private final ObservableList<VisitRow> visits = FXCollections.observableArrayList();
    private final ObservableList<VisitRow> history = FXCollections.observableArrayList();
    private final ObjectProperty<VisitRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<FamilyRef> historyFamily = new SimpleObjectProperty<>();
    private final RegistrationService service;
    private final Background background;
    private final DialogService dialogs;

    public TodayViewModel(RegistrationService service, Background background, DialogService dialogs) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        selected.addListener((o, a, b) -> {
            if (b != null) {
                historyFamily.set(new FamilyRef(b.familyId(), b.studentName(), b.phone()));
            }
        });
        historyFamily.addListener((o, a, b) -> loadHistory(b));
    }

    /** Lists the visits of a family found at the desk. */
    public void showFamily(FamilyCard card) {
        if (card != null) {
            Family f = card.family();
            historyFamily.set(new FamilyRef(f.id(), f.studentName(), f.phone()));
        }
    }

    public void refresh() {
        Long keep = selected.get() == null ? null : selected.get().visitId();
        background.run(service::todaysVisits, rows -> {
            visits.setAll(rows);
            if (keep != null) {
                rows.stream().filter(r -> r.visitId() == keep).findFirst().ifPresent(selected::set);
            }
        }, this::failed);
    }

    /** Sets the selected visit's status (waiting, in consultation, left). */
    public void setStatus(VisitStatus status) {
        VisitRow row = selected.get();
        if (row == null || row.status() == status) {
            return;
        }
        background.run(() -> service.setStatus(row.visitId(), status), updated -> {
            int i = indexOf(updated.visitId());
            if (i >= 0) {
                visits.set(i, updated);
            }
            selected.set(updated);
        }, e -> dialogs.showError(new Msg("today.statusFailed"), new Msg("error.system", e.getMessage())));
    }

    private void loadHistory(FamilyRef family) {
        if (family == null) {
            history.clear();
            return;
        }
        background.run(() -> service.visitsOf(family.id()), rows -> {
            if (family.equals(historyFamily.get())) {
                history.setAll(rows);
            }
        }, this::failed);
    }

    private int indexOf(long visitId) {
        List<VisitRow> rows = visits;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).visitId() == visitId) {
                return i;
            }
        }
        return -1;
    }

    private void failed(Exception e) {
        dialogs.showError(new Msg("today.loadFailed"), new Msg("error.system", e.getMessage()));
    }

    public ObservableList<VisitRow> visits() {
        return visits;
    }

    public ObservableList<VisitRow> history() {
        return history;
    }

    public ReadOnlyObjectProperty<FamilyRef> historyFamilyProperty() {
        return historyFamily;
    }

    public ObjectProperty<VisitRow> selectedProperty() {
        return selected;
    }
}

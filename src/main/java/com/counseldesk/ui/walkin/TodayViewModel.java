package com.counseldesk.ui.walkin;

import com.counseldesk.domain.VisitRow;
import com.counseldesk.domain.VisitStatus;
import com.counseldesk.service.RegistrationService;
import com.counseldesk.ui.common.Background;
import com.counseldesk.ui.common.DialogService;
import com.counseldesk.ui.common.Msg;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Today's visitors and the past visits of the family selected among them. */
public class TodayViewModel {
    private final ObservableList<VisitRow> visits = FXCollections.observableArrayList();
    private final ObservableList<VisitRow> history = FXCollections.observableArrayList();
    private final ObjectProperty<VisitRow> selected = new SimpleObjectProperty<>();
    private final RegistrationService service;
    private final Background background;
    private final DialogService dialogs;

    public TodayViewModel(RegistrationService service, Background background, DialogService dialogs) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        selected.addListener((o, a, b) -> loadHistory(b));
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
        }, this::failed);
    }

    private void loadHistory(VisitRow row) {
        if (row == null) {
            history.clear();
            return;
        }
        background.run(() -> service.visitsOf(row.familyId()), history::setAll, this::failed);
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

    public ObjectProperty<VisitRow> selectedProperty() {
        return selected;
    }
}

package com.counseldesk.contract.ui;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.contract.Contract;
import com.counseldesk.contract.ContractService;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A household's contracts on its family page (those the person at this PC may see), the latest first,
 * and whether they may record a new one (签单). Hidden when there is nothing to show or do. No JavaFX nodes.
 */
public class HouseholdContractsViewModel {
    /** What the part shows, read in one go. */
    private record Read(List<Contract> contracts, boolean maySign) {
    }

    private final long householdId;
    private final ContractService service;
    private final Background background;
    private final long actorId;
    private final ObservableList<Contract> contracts = FXCollections.observableArrayList();
    private final ObjectProperty<Contract> selected = new SimpleObjectProperty<>();
    private final BooleanProperty maySign = new SimpleBooleanProperty();
    private final BooleanProperty shown = new SimpleBooleanProperty();
    private final ObjectProperty<Msg> status = new SimpleObjectProperty<>();
    private int generation;

    public HouseholdContractsViewModel(long householdId, ContractService service, Background background,
            long actorId) {
        this.householdId = householdId;
        this.service = service;
        this.background = background;
        this.actorId = actorId;
    }

    public void load() {
        int g = ++generation;
        background.run(() -> new Read(service.ofHousehold(actorId, householdId), service.maySign(actorId,
                householdId)), r -> {
                    if (g == generation) {
                        contracts.setAll(r.contracts());
                        maySign.set(r.maySign());
                        shown.set(r.maySign() || !r.contracts().isEmpty());
                        status.set(null);
                    }
                }, e -> {
                    if (g == generation) {
                        status.set(new Msg("contract.part.failed"));
                        shown.set(true);
                    }
                });
    }

    public long householdId() {
        return householdId;
    }

    public ObservableList<Contract> contracts() {
        return contracts;
    }

    public ObjectProperty<Contract> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty maySignProperty() {
        return maySign;
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown;
    }

    public ReadOnlyObjectProperty<Msg> statusProperty() {
        return status;
    }
}

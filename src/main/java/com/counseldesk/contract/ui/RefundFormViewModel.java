package com.counseldesk.contract.ui;

import com.counseldesk.common.Fen;
import com.counseldesk.common.Text;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.contract.Contract;
import com.counseldesk.contract.ContractPage;
import com.counseldesk.contract.ContractService;
import com.counseldesk.contract.Refund;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 退费: how much is given back (at most what was paid and not given back), how, why, and which manager
 * approved it (a manager refunding proposes themself); the contract ends as refunded. No JavaFX nodes.
 */
public class RefundFormViewModel extends MoneyForm {
    /** What the dialog starts from. */
    record Start(ContractPage page, List<Staff> managers) {
    }

    private final OfficeService office;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableList<Staff> managers = FXCollections.observableArrayList();
    private final ObjectProperty<Staff> approver = new SimpleObjectProperty<>();

    public RefundFormViewModel(long contractId, ContractService service, OfficeService office, Background background,
            DialogService dialogs, Staff me, Clock clock) {
        super(contractId, service, background, dialogs, me, clock, Refund.AMOUNT, Refund.METHOD);
        this.office = office;
        form.field(Refund.REASON, () -> FormModel.check(() -> Text.required(Refund.REASON, reason.get(),
                Text.LONG_MAX)), reason)
                .field(Refund.APPROVED_BY, () -> approver.get() == null ? new Msg("error.refund.approver") : null,
                        approver);
        form.revalidate();
    }

    @Override
    Fen most(Contract c) {
        return c.refundable();
    }

    @Override
    String tooMuch() {
        return "error.refund.over";
    }

    public void load() {
        read(() -> new Start(service.page(me.id(), contractId), office.activeStaff().stream()
                .filter(s -> s.role() == Role.MANAGER).toList()), s -> {
                    managers.setAll(s.managers());
                    approver.set(managers.stream().filter(m -> m.id() == me.id()).findFirst().orElse(null));
                    show(s.page(), "");
                });
    }

    public boolean save() {
        return store(ready(), () -> {
            Refund r = new Refund(amount(), methodProperty().get(), reason.get(), approver.get().id(), day());
            return () -> service.refund(me.id(), contractId, r);
        });
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObservableList<Staff> managers() {
        return managers;
    }

    public ObjectProperty<Staff> approverProperty() {
        return approver;
    }
}

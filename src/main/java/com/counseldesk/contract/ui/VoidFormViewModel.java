package com.counseldesk.contract.ui;

import com.counseldesk.common.Text;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.fx.SavingForm;
import com.counseldesk.contract.ContractPage;
import com.counseldesk.contract.ContractService;
import com.counseldesk.contract.ContractStatus;
import com.counseldesk.office.Staff;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** 作废: a contract recorded by mistake is voided with the reason (a manager's, before any money). No JavaFX nodes. */
public class VoidFormViewModel extends SavingForm<ContractPage> {
    private final long contractId;
    private final ContractService service;
    private final Staff me;
    private final ObjectProperty<ContractPage> page = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");

    public VoidFormViewModel(long contractId, ContractService service, Background background, DialogService dialogs,
            Staff me) {
        super(background, dialogs, "contract.page.failed", "contract.form.saveFailed",
                "contract.form.saveFailed.detail");
        this.contractId = contractId;
        this.service = service;
        this.me = me;
        form.field(ContractStatus.FIELD, () -> FormModel.check(() -> Text.required(ContractStatus.FIELD, reason.get(),
                Text.LONG_MAX)), reason);
        form.revalidate();
    }

    public void load() {
        read(() -> service.page(me.id(), contractId), p -> {
            page.set(p);
            form.reset();
        });
    }

    public boolean save() {
        return store(page.get() != null, () -> {
            String why = reason.get();
            return () -> service.voidContract(me.id(), contractId, why);
        });
    }

    public ReadOnlyObjectProperty<ContractPage> pageProperty() {
        return page;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}

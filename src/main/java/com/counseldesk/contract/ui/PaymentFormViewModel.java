package com.counseldesk.contract.ui;

import com.counseldesk.common.Fen;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.contract.Contract;
import com.counseldesk.contract.ContractService;
import com.counseldesk.contract.NewPayment;
import com.counseldesk.office.Staff;
import java.time.Clock;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 收款: money received for a contract: the amount (what is still owed is proposed; more is refused),
 * how it was paid, the receipt's number and the day (today). No JavaFX nodes.
 */
public class PaymentFormViewModel extends MoneyForm {
    private final StringProperty receipt = new SimpleStringProperty("");

    public PaymentFormViewModel(long contractId, ContractService service, Background background, DialogService dialogs,
            Staff me, Clock clock) {
        super(contractId, service, background, dialogs, me, clock, NewPayment.AMOUNT, NewPayment.METHOD);
        form.field(NewPayment.RECEIPT, () -> FormModel.check(() -> NewPayment.receipt(receipt.get())), receipt);
        form.revalidate();
    }

    @Override
    Fen most(Contract c) {
        return c.outstanding();
    }

    @Override
    String tooMuch() {
        return "error.payment.over";
    }

    /** Reads the contract as it is now; proposes what is still owed, today. */
    public void load() {
        read(() -> service.page(me.id(), contractId), p -> show(p, p.contract().outstanding().plain()));
    }

    public boolean save() {
        return store(ready(), () -> {
            NewPayment p = new NewPayment(amount(), methodProperty().get(), receipt.get(), day());
            return () -> service.pay(me.id(), contractId, p);
        });
    }

    public StringProperty receiptProperty() {
        return receipt;
    }
}

package com.counseldesk.contract.ui;

import com.counseldesk.common.Fen;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DateText;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.fx.SavingForm;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.contract.ContractPage;
import com.counseldesk.contract.ContractService;
import com.counseldesk.contract.NewPayment;
import com.counseldesk.contract.PayMethod;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 收款: money received for a contract: the amount (what is still owed is proposed; more is refused),
 * how it was paid, the receipt's number and the day (today). No JavaFX nodes.
 */
public class PaymentFormViewModel extends SavingForm<ContractPage> {
    private final long contractId;
    private final ContractService service;
    private final Staff me;
    private final Clock clock;
    private final ObjectProperty<ContractPage> page = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<PayMethod> method = new SimpleObjectProperty<>();
    private final StringProperty receipt = new SimpleStringProperty("");
    private final StringProperty day = new SimpleStringProperty("");

    public PaymentFormViewModel(long contractId, ContractService service, Background background, DialogService dialogs,
            Staff me, Clock clock) {
        super(background, dialogs, "contract.page.failed", "contract.form.saveFailed",
                "contract.form.saveFailed.detail");
        this.contractId = contractId;
        this.service = service;
        this.me = me;
        this.clock = clock;
        form.field(NewPayment.AMOUNT, () -> FormModel.check(this::amount), amount)
                .field(NewPayment.METHOD, () -> method.get() == null ? new Msg("error.required") : null, method)
                .field(NewPayment.RECEIPT, () -> FormModel.check(() -> NewPayment.receipt(receipt.get())), receipt)
                .field(NewPayment.PAID_ON, () -> FormModel.check(this::paidOn), day);
        form.revalidate();
    }

    /** Reads the contract as it is now; proposes what is still owed, today. */
    public void load() {
        read(() -> service.page(me.id(), contractId), p -> {
            form.quietly(() -> {
                page.set(p);
                amount.set(p.contract().outstanding().plain());
                day.set(DateText.format(LocalDate.now(clock)));
            });
            form.reset();
        });
    }

    private Fen amount() {
        Fen a = Fen.parse(NewPayment.AMOUNT, amount.get());
        if (a.isZero()) {
            throw new ValidationException(NewPayment.AMOUNT, "error.payment.zero");
        }
        ContractPage p = page.get();
        if (p != null && a.exceeds(p.contract().outstanding())) {
            throw new ValidationException(NewPayment.AMOUNT, "error.payment.over",
                    p.contract().outstanding());
        }
        return a;
    }

    private LocalDate paidOn() {
        LocalDate d = ContractFormViewModel.day(NewPayment.PAID_ON, day.get());
        if (d == null) {
            throw new ValidationException(NewPayment.PAID_ON, "error.required");
        }
        return d;
    }

    public boolean save() {
        return store(page.get() != null, () -> {
            NewPayment p = new NewPayment(amount(), method.get(), receipt.get(), paidOn());
            return () -> service.pay(me.id(), contractId, p);
        });
    }

    public ReadOnlyObjectProperty<ContractPage> pageProperty() {
        return page;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<PayMethod> methodProperty() {
        return method;
    }

    public StringProperty receiptProperty() {
        return receipt;
    }

    public StringProperty dayProperty() {
        return day;
    }
}

package com.counseldesk.contract.ui;

import com.counseldesk.common.Fen;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DateText;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.fx.SavingForm;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.contract.Contract;
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
 * What the payment and refund forms share: the contract as it is now, an amount (more than zero, at most
 * what the contract allows: what is owed, or what may be given back), how the money went, and the day.
 * No JavaFX nodes.
 */
abstract class MoneyForm extends SavingForm<ContractPage> {
    protected final long contractId;
    protected final ContractService service;
    protected final Staff me;
    private final Clock clock;
    private final String amountField;
    private final ObjectProperty<ContractPage> page = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<PayMethod> method = new SimpleObjectProperty<>();
    private final StringProperty day = new SimpleStringProperty("");

    MoneyForm(long contractId, ContractService service, Background background, DialogService dialogs, Staff me,
            Clock clock, String amountField, String methodField) {
        super(background, dialogs, "contract.page.failed", "contract.form.saveFailed",
                "contract.form.saveFailed.detail");
        this.contractId = contractId;
        this.service = service;
        this.me = me;
        this.clock = clock;
        this.amountField = amountField;
        form.field(amountField, () -> FormModel.check(this::amount), amount)
                .field(methodField, () -> method.get() == null ? new Msg("error.required") : null, method)
                .field(NewPayment.PAID_ON, () -> FormModel.check(this::day), day);
    }

    /** The most the amount may be on this contract. */
    abstract Fen most(Contract c);

    /** The message of an amount above {@link #most}, with that most as its argument. */
    abstract String tooMuch();

    /** Shows the contract as read, proposing {@code proposed} and today. */
    protected void show(ContractPage p, String proposed) {
        form.quietly(() -> {
            page.set(p);
            amount.set(proposed);
            day.set(DateText.format(LocalDate.now(clock)));
        });
        form.reset();
    }

    protected Fen amount() {
        Fen a = Fen.parse(amountField, amount.get());
        if (a.isZero()) {
            throw new ValidationException(amountField, "error.payment.zero");
        }
        ContractPage p = page.get();
        if (p != null && a.exceeds(most(p.contract()))) {
            throw new ValidationException(amountField, tooMuch(), most(p.contract()));
        }
        return a;
    }

    protected LocalDate day() {
        LocalDate d = ContractFormViewModel.day(NewPayment.PAID_ON, day.get());
        if (d == null) {
            throw new ValidationException(NewPayment.PAID_ON, "error.required");
        }
        return d;
    }

    protected boolean ready() {
        return page.get() != null;
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

    public StringProperty dayProperty() {
        return day;
    }
}

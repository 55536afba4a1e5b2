package com.counseldesk.contract.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.Notice.Kind;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.contract.ContractEvent;
import com.counseldesk.contract.ContractPage;
import com.counseldesk.contract.ContractService;
import com.counseldesk.contract.Payment;
import com.counseldesk.office.Staff;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A contract's page: the contract, its payments and refunds with the balance, and its history; what
 * the person at this PC may do with it (收款, 退费, 作废, 结课) and the receipt of the chosen payment.
 * No JavaFX nodes.
 */
public class ContractPageViewModel {
    private final long contractId;
    private final ContractService service;
    private final Background background;
    private final DialogService dialogs;
    private final Staff me;
    private final ObjectProperty<ContractPage> page = new SimpleObjectProperty<>();
    private final ObservableList<Payment> payments = FXCollections.observableArrayList();
    private final ObservableList<ContractEvent> history = FXCollections.observableArrayList();
    private final ObjectProperty<Payment> selectedPayment = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> message = new SimpleObjectProperty<>();
    private final ObjectProperty<Kind> messageKind = new SimpleObjectProperty<>(Kind.INFO);
    private final List<Consumer<ContractPage>> changeListeners = new ArrayList<>();

    public ContractPageViewModel(long contractId, ContractService service, Background background,
            DialogService dialogs, Staff me) {
        this.contractId = contractId;
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.me = me;
    }

    /** Runs after the contract changed here (a payment, a refund …): the family page and the list read again. */
    public void onChanged(Consumer<ContractPage> listener) {
        changeListeners.add(listener);
    }

    public void load() {
        background.run(() -> service.page(me.id(), contractId), this::show, this::failed);
    }

    /** Shows the contract as a dialog stored it, and tells the listeners; {@code done} is said in the band. */
    public void changed(ContractPage p, Msg done) {
        show(p);
        say(Kind.SUCCESS, done);
        changeListeners.forEach(l -> l.accept(p));
    }

    private void show(ContractPage p) {
        page.set(p);
        Payment was = selectedPayment.get();
        payments.setAll(p.payments());
        history.setAll(p.history());
        selectedPayment.set(p.payments().stream().filter(x -> was != null && x.id() == was.id()).findFirst()
                .orElse(p.payments().stream().filter(x -> !x.isRefund()).reduce((a, b) -> b).orElse(null)));
    }

    /** 结课: asked first; refused while money is owed. */
    public void complete() {
        ContractPage p = page.get();
        if (p == null || !dialogs.confirm(new Msg("contract.page.complete.title"),
                new Msg("contract.page.complete.confirm", p.contract().number()))) {
            return;
        }
        act(() -> service.complete(me.id(), contractId), new Msg("contract.page.completed", p.contract().number()));
    }

    private void act(Callable<ContractPage> work, Msg done) {
        background.run(work, p -> changed(p, done), this::failed);
    }

    private void failed(Exception e) {
        if (e instanceof ValidationException v) {
            say(Kind.ERROR, Msg.of(v));
        } else {
            say(Kind.ERROR, new Msg("contract.page.failed"));
            dialogs.showError(new Msg("contract.page.failed"), DatabaseException.describe(e));
        }
    }

    private void say(Kind kind, Msg m) {
        messageKind.set(kind);
        message.set(m);
    }

    public long contractId() {
        return contractId;
    }

    public ReadOnlyObjectProperty<ContractPage> pageProperty() {
        return page;
    }

    public ObservableList<Payment> payments() {
        return payments;
    }

    public ObservableList<ContractEvent> history() {
        return history;
    }

    /** The payment whose receipt 打印收据 prints (the latest by default). */
    public ObjectProperty<Payment> selectedPaymentProperty() {
        return selectedPayment;
    }

    public ReadOnlyObjectProperty<Msg> messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<Kind> messageKindProperty() {
        return messageKind;
    }
}

package com.counseldesk.contract.ui;

import com.counseldesk.common.Fen;
import com.counseldesk.common.Text;
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
import com.counseldesk.contract.Refund;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 退费: how much is given back (at most what was paid and not given back), how, why, and which manager
 * approved it (a manager refunding proposes themself); the contract ends as refunded. No JavaFX nodes.
 */
public class RefundFormViewModel extends SavingForm<ContractPage> {
    /** What the dialog starts from. */
    record Start(ContractPage page, List<Staff> managers) {
    }

    private final long contractId;
    private final ContractService service;
    private final OfficeService office;
    private final Staff me;
    private final Clock clock;
    private final ObjectProperty<ContractPage> page = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<PayMethod> method = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableList<Staff> managers = FXCollections.observableArrayList();
    private final ObjectProperty<Staff> approver = new SimpleObjectProperty<>();
    private final StringProperty day = new SimpleStringProperty("");

    public RefundFormViewModel(long contractId, ContractService service, OfficeService office, Background background,
            DialogService dialogs, Staff me, Clock clock) {
        super(background, dialogs, "contract.page.failed", "contract.form.saveFailed",
                "contract.form.saveFailed.detail");
        this.contractId = contractId;
        this.service = service;
        this.office = office;
        this.me = me;
        this.clock = clock;
        form.field(Refund.AMOUNT, () -> FormModel.check(this::amount), amount)
                .field(Refund.METHOD, () -> method.get() == null ? new Msg("error.required") : null, method)
                .field(Refund.REASON, () -> FormModel.check(() -> Text.required(Refund.REASON, reason.get(),
                        Text.LONG_MAX)), reason)
                .field(Refund.APPROVED_BY, () -> approver.get() == null ? new Msg("error.refund.approver") : null,
                        approver)
                .field(NewPayment.PAID_ON, () -> FormModel.check(this::on), day);
        form.revalidate();
    }

    public void load() {
        read(() -> new Start(service.page(me.id(), contractId), office.activeStaff().stream()
                .filter(s -> s.role() == Role.MANAGER).toList()), s -> {
                    form.quietly(() -> {
                        page.set(s.page());
                        managers.setAll(s.managers());
                        approver.set(managers.stream().filter(m -> m.id() == me.id()).findFirst().orElse(null));
                        day.set(DateText.format(LocalDate.now(clock)));
                    });
                    form.reset();
                });
    }

    private Fen amount() {
        Fen a = Fen.parse(Refund.AMOUNT, amount.get());
        if (a.isZero()) {
            throw new ValidationException(Refund.AMOUNT, "error.payment.zero");
        }
        ContractPage p = page.get();
        if (p != null && a.exceeds(p.contract().refundable())) {
            throw new ValidationException(Refund.AMOUNT, "error.refund.over", p.contract().refundable());
        }
        return a;
    }

    private LocalDate on() {
        LocalDate d = ContractFormViewModel.day(NewPayment.PAID_ON, day.get());
        if (d == null) {
            throw new ValidationException(NewPayment.PAID_ON, "error.required");
        }
        return d;
    }

    public boolean save() {
        return store(page.get() != null, () -> {
            Refund r = new Refund(amount(), method.get(), reason.get(), approver.get().id(), on());
            return () -> service.refund(me.id(), contractId, r);
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

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObservableList<Staff> managers() {
        return managers;
    }

    public ObjectProperty<Staff> approverProperty() {
        return approver;
    }

    public StringProperty dayProperty() {
        return day;
    }
}

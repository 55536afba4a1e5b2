package com.counseldesk.app;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.contract.ContractPage;
import com.counseldesk.contract.ui.CatalogueScreen;
import com.counseldesk.contract.ui.CatalogueViewModel;
import com.counseldesk.contract.ui.ContractDialogs;
import com.counseldesk.contract.ui.ContractFormScreen;
import com.counseldesk.contract.ui.ContractFormViewModel;
import com.counseldesk.contract.ui.ContractLinks;
import com.counseldesk.contract.ui.ContractListScreen;
import com.counseldesk.contract.ui.ContractListViewModel;
import com.counseldesk.contract.ui.ContractPageViewModel;
import com.counseldesk.contract.ui.ContractScreen;
import com.counseldesk.contract.ui.ContractsPart;
import com.counseldesk.contract.ui.HouseholdContractsViewModel;
import com.counseldesk.contract.ui.PaymentFormViewModel;
import com.counseldesk.contract.ui.ReferralFormViewModel;
import com.counseldesk.contract.ui.RefundFormViewModel;
import com.counseldesk.contract.ui.VoidFormViewModel;
import com.counseldesk.family.ui.FamilyPageScreen;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import com.counseldesk.report.ListWorkbook;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Where the app opens contracts: the contract form from a family page (签单), then the new contract's
 * page with the referral prompt (请客户转介绍); a contract's page with its dialogs; the contract list (F6);
 * the manager's course catalogue; and the family page's part. After any change the family's open page
 * and the list read again.
 */
final class ContractDesk {
    private final Workspace ws;
    private final Supplier<Window> owner;
    private final Consumer<Screen> show;
    private final Consumer<String> close;
    private final LongConsumer openFamily;
    private ContractListViewModel list;

    ContractDesk(Workspace ws, Supplier<Window> owner, Consumer<Screen> show, Consumer<String> close,
            LongConsumer openFamily) {
        this.ws = ws;
        this.owner = owner;
        this.show = show;
        this.close = close;
        this.openFamily = openFamily;
    }

    private AppContext ctx() {
        return ws.ctx();
    }

    private Staff me() {
        return ctx().currentStaff();
    }

    /** The family page's contracts, with 签单 for those who may record one. */
    ContractsPart part(long householdId) {
        return new ContractsPart(new HouseholdContractsViewModel(householdId, ctx().contracts(), ctx().background(),
                me().id()), () -> openForm(householdId), this::openContract);
    }

    /** 签单: the household's contract form (the one being typed, if open). */
    void openForm(long householdId) {
        Screen open = ws.screen(ContractFormScreen.key(householdId));
        if (open != null) {
            show.accept(open);
            return;
        }
        AppContext ctx = ctx();
        ContractFormViewModel vm = new ContractFormViewModel(householdId, null, ctx.contracts(), ctx.courses(),
                ctx.families(), ctx.office(), ctx.background(), ws.dialogs(), me(), ctx.clock());
        vm.onDone(page -> signed(householdId, page));
        vm.load();
        show.accept(new ContractFormScreen(vm));
    }

    /** The contract is stored: its page replaces the form, and the counselor asks for referrals. */
    private void signed(long householdId, ContractPage page) {
        close.accept(ContractFormScreen.key(householdId));
        changed(page);
        openContract(page.contract().id());
        referral(householdId);
    }

    /** A contract's page (the one open, read again). */
    void openContract(long contractId) {
        Screen open = ws.screen(ContractScreen.key(contractId));
        if (open != null) {
            open.refresh();
            show.accept(open);
            return;
        }
        AppContext ctx = ctx();
        ContractPageViewModel vm = new ContractPageViewModel(contractId, ctx.contracts(), ctx.background(),
                ws.dialogs(), me());
        vm.onChanged(this::changed);
        ContractLinks links = new ContractLinks(
                () -> ContractDialogs.pay(owner.get(), new PaymentFormViewModel(contractId, ctx.contracts(),
                        ctx.background(), ws.dialogs(), me(), ctx.clock()), ctx.i18n(), vm),
                () -> ContractDialogs.refund(owner.get(), new RefundFormViewModel(contractId, ctx.contracts(),
                        ctx.office(), ctx.background(), ws.dialogs(), me(), ctx.clock()), ctx.i18n(), vm),
                () -> ContractDialogs.voidContract(owner.get(), new VoidFormViewModel(contractId, ctx.contracts(),
                        ctx.background(), ws.dialogs(), me()), ctx.i18n(), vm),
                () -> {
                    ContractPage p = vm.pageProperty().get();
                    if (p != null) {
                        referral(p.contract().householdId());
                    }
                },
                () -> {
                    ContractPage p = vm.pageProperty().get();
                    if (p != null) {
                        openFamily.accept(p.contract().householdId());
                    }
                });
        vm.load();
        show.accept(new ContractScreen(vm, links, ctx.officeName()));
    }

    /** 请客户转介绍: the families the household recommends, each a new lead naming it. */
    void referral(long householdId) {
        AppContext ctx = ctx();
        ReferralFormViewModel vm = new ReferralFormViewModel(householdId, ctx.referrals(), ctx.families(),
                ctx.background(), ws.dialogs(), me());
        ContractDialogs.referral(owner.get(), vm, ctx.i18n(), () -> refreshFamily(householdId));
    }

    /** The contract list (F6): the one open, or a new one on the kept filters. */
    void openList() {
        Screen open = ws.screen(ContractListScreen.KEY);
        if (open != null) {
            open.refresh();
            show.accept(open);
            return;
        }
        if (list == null) {
            AppContext ctx = ctx();
            list = new ContractListViewModel(ctx.contracts(), ctx.courses(), ctx.office(), ctx.background(),
                    ws.dialogs(), me(), ctx.clock(), ListWorkbook::write, ctx::i18n);
            list.start();
        } else {
            list.load();
        }
        show.accept(new ContractListScreen(list, this::openContract));
    }

    /** Whether the person keeps the course catalogue (a manager). */
    boolean keepsCatalogue() {
        return me().role() == Role.MANAGER && me().active();
    }

    /** The course catalogue, a manager's screen. */
    void openCatalogue() {
        Screen open = ws.screen(CatalogueScreen.KEY);
        if (open != null) {
            open.refresh();
            show.accept(open);
            return;
        }
        AppContext ctx = ctx();
        CatalogueViewModel vm = new CatalogueViewModel(ctx.courses(), ctx.contracts(), ctx.background(),
                ws.dialogs(), me(), ctx.clock());
        vm.load();
        show.accept(new CatalogueScreen(vm));
    }

    /** A contract changed: the family's open page and the open list read again. */
    private void changed(ContractPage page) {
        refreshFamily(page.contract().householdId());
        Screen l = ws.screen(ContractListScreen.KEY);
        if (l != null) {
            l.refresh();
        }
    }

    private void refreshFamily(long householdId) {
        Screen family = ws.screen(FamilyPageScreen.key(householdId));
        if (family != null) {
            family.refresh();
        }
        ws.familyChanged();
    }
}

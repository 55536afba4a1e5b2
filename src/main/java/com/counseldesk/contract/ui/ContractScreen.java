package com.counseldesk.contract.ui;

import com.counseldesk.common.fx.ViewScreen;
import com.counseldesk.common.i18n.I18n;
import javafx.beans.value.ObservableValue;

/** A contract's page in a tab of the main window, one per contract; its tab names the contract once read. */
public final class ContractScreen extends ViewScreen {
    private final ContractPageViewModel vm;

    public ContractScreen(ContractPageViewModel vm, ContractLinks links, String office) {
        super(key(vm.contractId()), "contract.page.tab", i18n -> new ContractPageView(vm, i18n, links, office),
                vm::load, false);
        this.vm = vm;
    }

    public static String key(long contractId) {
        return "contract-" + contractId;
    }

    public ContractPageViewModel viewModel() {
        return vm;
    }

    @Override
    public ObservableValue<String> titleValue(I18n i18n) {
        return vm.pageProperty().map(p -> i18n.t("contract.page.tabNumber", p.contract().number())).orElse(title(i18n));
    }
}

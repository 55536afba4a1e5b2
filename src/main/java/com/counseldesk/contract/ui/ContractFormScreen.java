package com.counseldesk.contract.ui;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.I18n;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** The contract form (签单) for a household, in a tab of the main window; one per household. */
public final class ContractFormScreen implements Screen {
    private final ContractFormViewModel vm;
    private ContractFormView view;

    public ContractFormScreen(ContractFormViewModel vm) {
        this.vm = vm;
    }

    public static String key(long householdId) {
        return "contract-new-" + householdId;
    }

    public ContractFormViewModel viewModel() {
        return vm;
    }

    @Override
    public String key() {
        return key(vm.householdId());
    }

    @Override
    public String title(I18n i18n) {
        return i18n.t("contract.form.tab");
    }

    @Override
    public ObservableValue<String> titleValue(I18n i18n) {
        return vm.householdProperty().map(c -> i18n.t("contract.form.tabFamily", c.studentNames()))
                .orElse(title(i18n));
    }

    @Override
    public Node build(I18n i18n) {
        view = new ContractFormView(vm, i18n);
        return view.root();
    }

    /** Closing the tab by its × asks before what was typed is thrown away. */
    @Override
    public boolean mayClose() {
        return vm.mayDiscard();
    }

    @Override
    public void focus() {
        if (view != null) {
            view.focus();
        }
    }
}

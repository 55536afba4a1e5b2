package com.counseldesk.contract.ui;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.I18n;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** A contract's page in a tab of the main window, one per contract. */
public final class ContractScreen implements Screen {
    private final ContractPageViewModel vm;
    private final ContractLinks links;
    private final String office;
    private ContractPageView view;

    public ContractScreen(ContractPageViewModel vm, ContractLinks links, String office) {
        this.vm = vm;
        this.links = links;
        this.office = office;
    }

    public static String key(long contractId) {
        return "contract-" + contractId;
    }

    public ContractPageViewModel viewModel() {
        return vm;
    }

    @Override
    public String key() {
        return key(vm.contractId());
    }

    @Override
    public String title(I18n i18n) {
        return i18n.t("contract.page.tab");
    }

    @Override
    public ObservableValue<String> titleValue(I18n i18n) {
        return vm.pageProperty().map(p -> i18n.t("contract.page.tabNumber", p.contract().number())).orElse(title(i18n));
    }

    @Override
    public Node build(I18n i18n) {
        view = new ContractPageView(vm, i18n, links, office);
        return view.root();
    }

    @Override
    public void focus() {
        if (view != null) {
            view.focus();
        }
    }

    @Override
    public void refresh() {
        vm.load();
    }
}

package com.counseldesk.contract.ui;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.I18n;
import java.util.function.LongConsumer;
import javafx.scene.Node;

/** The contract list (合同) in a tab of the main window. */
public final class ContractListScreen implements Screen {
    public static final String KEY = "contracts";
    private final ContractListViewModel vm;
    private final LongConsumer openContract;
    private ContractListView view;

    public ContractListScreen(ContractListViewModel vm, LongConsumer openContract) {
        this.vm = vm;
        this.openContract = openContract;
    }

    public ContractListViewModel viewModel() {
        return vm;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(I18n i18n) {
        return i18n.t("contract.list.tab");
    }

    @Override
    public Node build(I18n i18n) {
        view = new ContractListView(vm, i18n, openContract);
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

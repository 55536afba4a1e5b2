package com.counseldesk.contract.ui;

import com.counseldesk.common.fx.ViewScreen;
import java.util.function.LongConsumer;

/** The contract list (合同) in a tab of the main window. */
public final class ContractListScreen extends ViewScreen {
    public static final String KEY = "contracts";

    /** {@code openContract} opens a contract's page. */
    public ContractListScreen(ContractListViewModel vm, LongConsumer openContract) {
        super(KEY, "contract.list.tab", i18n -> new ContractListView(vm, i18n, openContract), vm::load, false);
    }
}

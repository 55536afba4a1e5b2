package com.counseldesk.consult.ui;

import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.ui.PagePart;
import javafx.scene.Node;

/** The consultation part (tags, strategy cards, intent levels) on a household's family page. */
public final class FamilyConsultPart implements PagePart {
    private final FamilyConsultViewModel vm;

    public FamilyConsultPart(FamilyConsultViewModel vm) {
        this.vm = vm;
    }

    @Override
    public Node build(I18n i18n) {
        return new FamilyConsultView(vm, i18n).root();
    }

    @Override
    public void load() {
        vm.load();
    }

    public FamilyConsultViewModel viewModel() {
        return vm;
    }
}

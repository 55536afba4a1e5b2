package com.counseldesk.hotline.ui;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.I18n;
import java.util.function.LongConsumer;
import javafx.scene.Node;

/** The appointments (邀约上门) in a tab of the main window. */
public final class AppointmentsScreen implements Screen {
    public static final String KEY = "appointments";
    private final AppointmentsViewModel vm;
    private final LongConsumer openFamily;
    private AppointmentsView view;

    public AppointmentsScreen(AppointmentsViewModel vm, LongConsumer openFamily) {
        this.vm = vm;
        this.openFamily = openFamily;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(I18n i18n) {
        return i18n.t("hotline.appointments.tab");
    }

    @Override
    public Node build(I18n i18n) {
        view = new AppointmentsView(vm, i18n, openFamily);
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

package com.counseldesk.hotline.ui;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.hotline.CallKind;
import java.util.function.LongConsumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * The call form in the main window's tab, kept while the person is signed in: F2 from anywhere picks up
 * the next inbound call here (Shift+F2 an outbound one). Its timer counts the call's seconds while the
 * tab is open.
 */
public final class CallScreen implements Screen {
    public static final String KEY = "call";
    private final CallFormViewModel vm;
    private final LongConsumer openFamily;
    private final Runnable close;
    private final Timeline timer;
    private CallFormView view;

    /** {@code openFamily} opens a household's page; {@code close} closes the tab (Esc, 关闭). */
    public CallScreen(CallFormViewModel vm, LongConsumer openFamily, Runnable close) {
        this.vm = vm;
        this.openFamily = openFamily;
        this.close = close;
        this.timer = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    /** A call of {@code kind} is picked up (the one being typed, if any, is kept); the timer runs. */
    public void start(CallKind kind) {
        vm.start(kind);
        timer.play();
    }

    /** The timer's second; once the form is on no window that shows (the app closed, the person left), it stops. */
    private void tick() {
        boolean shown = view != null && view.root().getScene() != null && view.root().getScene().getWindow() != null
                && view.root().getScene().getWindow().isShowing();
        if (!shown) {
            timer.stop();
            return;
        }
        vm.tick();
    }

    /** The tab closes: the timer stops. */
    public void stop() {
        timer.stop();
    }

    /** Closing the tab with its × asks, as Esc does, before a call typed and not saved is thrown away. */
    @Override
    public boolean mayClose() {
        return vm.mayDiscard();
    }

    public CallFormViewModel viewModel() {
        return vm;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(I18n i18n) {
        return i18n.t("hotline.call.tab");
    }

    @Override
    public Node build(I18n i18n) {
        view = new CallFormView(vm, i18n, openFamily, close);
        return view.root();
    }

    @Override
    public void focus() {
        if (view != null) {
            view.focusFirstField();
        }
    }
}

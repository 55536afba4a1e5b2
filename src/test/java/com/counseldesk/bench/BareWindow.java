package com.counseldesk.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The smallest JavaFX app, the yardstick for the app's start-up: a stage with one label, the app's
 * window size. Prints {@code STARTUP_MS} (JVM start to window shown) and {@code HEAP_MB} as the
 * app does with {@code counseldesk.exitAfterShown}, then exits. Like the app's launcher, the main
 * class does not extend {@link Application}, so it starts from a plain class path.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("CounselDesk")), 1280, 720));
            stage.show();
            stage.requestFocus();
            long startupMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("STARTUP_MS " + startupMs);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.println("HEAP_MB " + ((rt.totalMemory() - rt.freeMemory()) >> 20));
            Platform.exit();
        }
    }
}

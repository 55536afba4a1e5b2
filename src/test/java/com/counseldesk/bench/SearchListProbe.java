package com.counseldesk.bench;

import com.counseldesk.app.AppContext;
import com.counseldesk.app.DbSettings;
import com.counseldesk.app.Shell;
import com.counseldesk.app.Startup;
import com.counseldesk.common.db.ConnectionSettings;
import com.counseldesk.common.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.TilePane;
import javafx.stage.Stage;

/**
 * The app's window with the search list open, for the heap it holds. Run by {@link ChildJvm} with
 * the database file as its argument. It makes the window as the app's {@code App.start} does (the
 * file's start-up reading, the app context, the shell on its first screen), then works it as the
 * desk would: signs in as the first person on the list and prints {@code DESK_HEAP_KB} once the
 * desk has read what it shows; presses Find, types a common surname and prints {@code SEARCH_ROWS}
 * and {@code SEARCH_HEAP_KB} once the list holds its page; then exits. "Once" needs no clock: the
 * app's database work runs in order on one thread and hands its results to the FX thread in order,
 * so work queued after the screen's own has its answer after the screen has shown its answers.
 * Each heap figure is the heap in use after a full GC, as the app prints it after start-up.
 */
public final class SearchListProbe {
    /** A surname one household in fifty has: the list fills its first page and has more. */
    static final String SURNAME = "王";

    private SearchListProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window and the steps. */
    public static final class Window extends Application {
        private AppContext ctx;
        private Scene scene;

        @Override
        public void start(Stage stage) {
            Clock clock = Clock.systemDefaultZone();
            Database db = Database.open(Path.of(getParameters().getRaw().get(0)));
            Startup startup = Startup.read(db, clock);
            ctx = new AppContext(db, clock, startup.languageTag());
            // The probe chooses no database: the settings folder is never written.
            Path settings = Path.of(getParameters().getRaw().get(0)).resolveSibling("probe-settings");
            new Shell(stage, ctx, new DbSettings(ConnectionSettings.in(settings), false)).start(startup.office());
            stage.show();
            scene = stage.getScene();
            ((Button) this.<TilePane>node("#staffPicker").getChildren().get(0)).fire();
            afterQueuedWork(() -> {
                System.out.println("DESK_HEAP_KB " + heapKb());
                this.<Button>node("#findButton").fire();
                this.<TextField>node("#searchField").setText(SURNAME);
                afterQueuedWork(() -> {
                    System.out.println("SEARCH_ROWS " + this.<TableView<?>>node("#searchResults").getItems().size());
                    System.out.println("SEARCH_HEAP_KB " + heapKb());
                    Platform.exit();
                });
            });
        }

        @Override
        public void stop() {
            if (ctx != null) {
                ctx.close();
            }
        }

        /**
         * Runs {@code step} on the FX thread once the database work queued so far has handed back its
         * results. A step that fails ends the process with exit code 1, so that the benchmark sees it.
         */
        private void afterQueuedWork(Runnable step) {
            ctx.background().run(() -> null, done -> {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    fail(e);
                }
            }, Window::fail);
        }

        private static void fail(Exception e) {
            e.printStackTrace();
            System.exit(1);
        }

        /** A control of the screen shown now, by id (its skins made first: a new tab's content is made by them). */
        @SuppressWarnings("unchecked")
        private <T extends Node> T node(String selector) {
            Parent root = scene.getRoot();
            root.applyCss();
            root.layout();
            Node found = root.lookup(selector);
            if (found == null) {
                throw new IllegalStateException("No " + selector + " on screen");
            }
            return (T) found;
        }

        private static long heapKb() {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            return (rt.totalMemory() - rt.freeMemory()) >> 10;
        }
    }
}

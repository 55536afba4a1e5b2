package com.counseldesk.app;

import com.counseldesk.common.db.PcMemory;
import com.counseldesk.common.db.PcMemory.WindowPlace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * The main window's size and place, remembered on this PC ({@link PcMemory}). At start the window
 * comes back where it was, maximised if it was, when its top edge (the title bar) is still on a screen
 * that is there now; it is then moved fully onto that screen and made no larger than it. The first
 * time, or when that screen is gone, it opens maximised on the primary screen (the default size,
 * centred, when un-maximised). What is saved when the app closes is the window's last size and place
 * while it was neither maximised nor minimised, and whether it was maximised.
 */
final class WindowPlacement {
    /** How much of the window's top edge must be on a screen for it to come back there. */
    static final double MIN_VISIBLE_WIDTH = 120;
    static final double MIN_VISIBLE_HEIGHT = 16;
    /** The strip at the top of the window that has to be reachable to move it. */
    static final double TITLE_BAR_HEIGHT = 32;

    /** Where the window goes: its bounds when not maximised, and whether it is maximised. */
    record Placement(Rectangle2D bounds, boolean maximized) {
    }

    private final Stage stage;
    private final PcMemory memory;
    /** The bounds the window last had while neither maximised nor minimised. */
    private Rectangle2D normal;

    private WindowPlacement(Stage stage, PcMemory memory, Rectangle2D normal) {
        this.stage = stage;
        this.memory = memory;
        this.normal = normal;
    }

    /**
     * Where a window goes: {@code saved} on the screen that holds most of its top edge, else
     * (nothing saved, or its screen gone) maximised on the primary screen, {@code width} × {@code height}
     * and centred when un-maximised. {@code screens}: the screens' usable areas (without task bars).
     */
    static Placement placement(Optional<WindowPlace> saved, List<Rectangle2D> screens, Rectangle2D primary,
            double width, double height) {
        // Plain loops: this runs before the first window, where every new lambda shape costs class loading.
        if (saved.isPresent()) {
            WindowPlace w = saved.get();
            Rectangle2D titleBar = new Rectangle2D(w.x(), w.y(), w.width(), Math.min(TITLE_BAR_HEIGHT, w.height()));
            Rectangle2D best = null;
            double bestArea = 0;
            for (Rectangle2D s : screens) {
                double across = overlapWidth(titleBar, s);
                double down = overlapHeight(titleBar, s);
                if (across >= Math.min(MIN_VISIBLE_WIDTH, w.width())
                        && down >= Math.min(MIN_VISIBLE_HEIGHT, titleBar.getHeight()) && across * down > bestArea) {
                    best = s;
                    bestArea = across * down;
                }
            }
            if (best != null) {
                double fitWidth = Math.min(w.width(), best.getWidth());
                double fitHeight = Math.min(w.height(), best.getHeight());
                double x = Math.max(best.getMinX(), Math.min(w.x(), best.getMaxX() - fitWidth));
                double y = Math.max(best.getMinY(), Math.min(w.y(), best.getMaxY() - fitHeight));
                return new Placement(new Rectangle2D(x, y, fitWidth, fitHeight), w.maximized());
            }
        }
        double fitWidth = Math.min(width, primary.getWidth());
        double fitHeight = Math.min(height, primary.getHeight());
        return new Placement(new Rectangle2D(primary.getMinX() + (primary.getWidth() - fitWidth) / 2,
                primary.getMinY() + (primary.getHeight() - fitHeight) / 2, fitWidth, fitHeight), true);
    }

    private static double overlapWidth(Rectangle2D a, Rectangle2D b) {
        return Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    }

    private static double overlapHeight(Rectangle2D a, Rectangle2D b) {
        return Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
    }

    /**
     * Reads where the window was on a thread of its own, so that the file is read while JavaFX starts
     * rather than before the first window. Never fails: a file that cannot be read is no place.
     */
    static CompletableFuture<Optional<WindowPlace>> readInBackground(PcMemory memory) {
        CompletableFuture<Optional<WindowPlace>> read = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                read.complete(memory.window());
            } catch (RuntimeException e) {
                read.complete(Optional.empty());
            }
        }, "read-window-place");
        t.setDaemon(true);
        t.start();
        return read;
    }

    /**
     * Puts the stage (not shown yet) where it was ({@code saved}, from {@code memory}), on the screens
     * there are now, and follows its size and place from then on for {@link #save}.
     */
    static WindowPlacement restore(Stage stage, Optional<WindowPlace> saved, PcMemory memory) {
        List<Rectangle2D> screens = new ArrayList<>();
        for (Screen screen : Screen.getScreens()) {
            screens.add(screen.getVisualBounds());
        }
        Placement p = placement(saved, screens, Screen.getPrimary().getVisualBounds(), Shell.WIDTH, Shell.HEIGHT);
        stage.setX(p.bounds().getMinX());
        stage.setY(p.bounds().getMinY());
        stage.setWidth(p.bounds().getWidth());
        stage.setHeight(p.bounds().getHeight());
        stage.setMaximized(p.maximized());
        WindowPlacement placement = new WindowPlacement(stage, memory, p.bounds());
        InvalidationListener moved = o -> placement.moved();
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
        return placement;
    }

    /**
     * Keeps the bounds of a window that is neither maximised nor minimised. Checked once more on the
     * next pulse: maximising may move the window before it says that it is maximised.
     */
    private void moved() {
        if (isNormal()) {
            Platform.runLater(() -> {
                if (isNormal()) {
                    normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
                }
            });
        }
    }

    private boolean isNormal() {
        return stage.isShowing() && !stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0
                && stage.getHeight() > 0;
    }

    /** Remembers the window's place for the next start; a failure is logged, never thrown (the app is closing). */
    void save() {
        try {
            memory.rememberWindow(new WindowPlace(normal.getMinX(), normal.getMinY(), normal.getWidth(),
                    normal.getHeight(), stage.isMaximized()));
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(WindowPlacement.class).warn("Could not remember the window's place", e);
        }
    }
}

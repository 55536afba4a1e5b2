package com.counseldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.app.WindowPlacement.Placement;
import com.counseldesk.common.db.PcMemory.WindowPlace;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the main window opens: where it was, when that is still on a screen; else maximised on the primary one. */
class WindowPlacementTest {
    /** A 1920 × 1080 primary screen with a task bar of 40 at the bottom. */
    private static final Rectangle2D PRIMARY = new Rectangle2D(0, 0, 1920, 1040);
    /** A 1366 × 768 screen left of the primary one. */
    private static final Rectangle2D LEFT = new Rectangle2D(-1366, 0, 1366, 728);

    private static Placement place(WindowPlace saved, Rectangle2D... screens) {
        return WindowPlacement.placement(Optional.ofNullable(saved), List.of(screens), screens[0], Shell.WIDTH,
                Shell.HEIGHT);
    }

    @Test
    void theFirstTimeTheWindowIsMaximisedOnThePrimaryScreenAndCentredUnderneath() {
        assertEquals(new Placement(new Rectangle2D(320, 160, 1280, 720), true), place(null, PRIMARY, LEFT));
    }

    @Test
    void aWindowOnAScreenComesBackWhereItWas() {
        WindowPlace saved = new WindowPlace(100, 50, 1200, 700, false);

        assertEquals(new Placement(new Rectangle2D(100, 50, 1200, 700), false), place(saved, PRIMARY));
    }

    @Test
    void aMaximisedWindowComesBackMaximisedWithItsSizeForLater() {
        WindowPlace saved = new WindowPlace(100, 50, 1200, 700, true);

        assertEquals(new Placement(new Rectangle2D(100, 50, 1200, 700), true), place(saved, PRIMARY));
    }

    @Test
    void aWindowOnTheSecondScreenComesBackThereWhileThatScreenIsThere() {
        WindowPlace saved = new WindowPlace(-1300, 10, 1200, 700, false);

        assertEquals(new Placement(new Rectangle2D(-1300, 10, 1200, 700), false), place(saved, PRIMARY, LEFT));
    }

    @Test
    void aWindowWhoseScreenIsGoneIsNotRestoredButMaximisedOnThePrimaryScreen() {
        WindowPlace saved = new WindowPlace(-1300, 10, 1200, 700, false);

        assertEquals(place(null, PRIMARY), place(saved, PRIMARY));
    }

    @Test
    void aWindowFarOffEveryScreenIsNotRestored() {
        assertEquals(place(null, PRIMARY), place(new WindowPlace(5000, 3000, 1200, 700, false), PRIMARY, LEFT));
        assertEquals(place(null, PRIMARY), place(new WindowPlace(100, -2000, 1200, 700, true), PRIMARY, LEFT));
    }

    @Test
    void aWindowWhoseTitleBarIsOnlyASliverOnAScreenIsNotRestored() {
        // 50 pixels of its top edge on the primary screen's right; the rest beyond it, where no screen is.
        WindowPlace rightEdge = new WindowPlace(1870, 100, 1200, 700, false);
        // Its top edge above the screen: only its lower part could be seen, and it could not be moved.
        WindowPlace aboveTheTop = new WindowPlace(100, -690, 1200, 700, false);

        assertEquals(place(null, PRIMARY), place(rightEdge, PRIMARY));
        assertEquals(place(null, PRIMARY), place(aboveTheTop, PRIMARY));
    }

    @Test
    void aWindowPartlyOffItsScreenIsMovedFullyOntoIt() {
        WindowPlace saved = new WindowPlace(1000, 600, 1200, 700, false);

        assertEquals(new Placement(new Rectangle2D(720, 340, 1200, 700), false), place(saved, PRIMARY));
    }

    @Test
    void aWindowLargerThanItsScreenNowIsMadeToFit() {
        // Saved on the 1920 × 1080 screen, which is now 1366 × 768.
        WindowPlace saved = new WindowPlace(20, 20, 1800, 1000, false);
        Rectangle2D smaller = new Rectangle2D(0, 0, 1366, 728);

        assertEquals(new Placement(new Rectangle2D(0, 0, 1366, 728), false), place(saved, smaller));
    }

    @Test
    void aWindowAcrossTwoScreensComesBackOnTheOneThatHoldsMostOfIt() {
        WindowPlace saved = new WindowPlace(-300, 100, 1200, 700, false);

        assertEquals(new Placement(new Rectangle2D(0, 100, 1200, 700), false), place(saved, PRIMARY, LEFT));
    }

    @Test
    void onASmallPrimaryScreenTheFirstWindowFitsIt() {
        Rectangle2D small = new Rectangle2D(0, 0, 1024, 728);

        assertEquals(new Placement(new Rectangle2D(0, 4, 1024, 720), true), place(null, small));
    }
}

package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/**
 * The print preview (打印预览) over the app's window: its title, the pages on their sheets as they
 * will print ({@link PrintedPage}), the page count, the line that says why it cannot print, and its
 * buttons 打印 and 关闭.
 */
public final class PrintPreviewPage extends Page {
    private static final String VIEW = "printPreview";
    private static final String PRINT = "printPreviewPrintButton";
    private static final String CLOSE = "printPreviewCloseButton";

    public PrintPreviewPage(FxRobot robot) {
        super(robot);
        node(VIEW);
    }

    /** The window's title: "打印预览 — 测试校区 · 合同 HT202611-001". */
    public String windowTitle() {
        Node view = node(VIEW);
        return Fx.get(() -> ((Stage) view.getScene().getWindow()).getTitle());
    }

    /** The pages, top to bottom, each read as it will come out of the printer. */
    public List<PrintedPage> pages() {
        Parent view = node(VIEW);
        return Fx.get(() -> view.lookupAll(".print-page").stream().map(n -> new PrintedPage((Parent) n)).toList());
    }

    /** "共 3 页". */
    public String pageCount() {
        return text("printPreviewCount");
    }

    /** The line beside the buttons: why it cannot print; "" when nothing is wrong. */
    public String message() {
        return text("printPreviewMessage");
    }

    public String printButton() {
        return text(PRINT);
    }

    public String closeButton() {
        return text(CLOSE);
    }

    public boolean canPrint() {
        return isEnabled(PRINT);
    }

    public boolean isOpen() {
        return isShown(VIEW);
    }

    /** Ctrl+P in the preview: 打印. */
    public PrintPreviewPage printWithCtrlP() {
        pressShortcut(KeyCode.P);
        return this;
    }

    /** Presses Tab {@code presses} times: the ids the keyboard went through, starting where it is. */
    public List<String> tabWalk(int presses) {
        List<String> seen = new ArrayList<>(List.of(focusedId()));
        for (int i = 0; i < presses; i++) {
            press(KeyCode.TAB);
            seen.add(focusedId());
        }
        return seen;
    }

    /** Esc closes the preview. */
    public void closeWithEscape() {
        press(KeyCode.ESCAPE);
        Wait.until("the print preview to close", () -> !isOpen());
    }

    /** Space on 关闭 (reached with Tab) closes the preview. */
    public void closeWithButton() {
        tabUntil(CLOSE);
        press(KeyCode.SPACE);
        Wait.until("the print preview to close", () -> !isOpen());
    }

    /** Whether the whole window is on the screen (its visible part, without the task bar). */
    public boolean fitsTheScreen() {
        Node view = node(VIEW);
        return Fx.get(() -> {
            Window w = view.getScene().getWindow();
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            return w.getX() >= screen.getMinX() && w.getY() >= screen.getMinY()
                    && w.getX() + w.getWidth() <= screen.getMaxX() && w.getY() + w.getHeight() <= screen.getMaxY();
        });
    }

    /** Whether every sheet shows its whole width: none runs past the sides of the preview's column. */
    public boolean sheetsFitTheWidth() {
        ScrollPane pages = node("printPreviewPages");
        return Fx.get(() -> {
            Bounds view = pages.lookup(".viewport").localToScreen(pages.lookup(".viewport").getLayoutBounds());
            return pages.lookupAll(".print-sheet").stream().map(s -> s.localToScreen(s.getLayoutBounds()))
                    .allMatch(b -> b.getMinX() >= view.getMinX() && b.getMaxX() <= view.getMaxX());
        });
    }

    /** The sheets (from 0, top to bottom) of which some part is in sight. */
    public List<Integer> sheetsInSight() {
        ScrollPane pages = node("printPreviewPages");
        return Fx.get(() -> {
            Node viewport = pages.lookup(".viewport");
            Bounds view = viewport.localToScreen(viewport.getLayoutBounds());
            List<Node> sheets = List.copyOf(pages.lookupAll(".print-sheet"));
            List<Integer> seen = new ArrayList<>();
            for (int i = 0; i < sheets.size(); i++) {
                Bounds b = sheets.get(i).localToScreen(sheets.get(i).getLayoutBounds());
                if (b.getMaxY() > view.getMinY() && b.getMinY() < view.getMaxY()) {
                    seen.add(i);
                }
            }
            return seen;
        });
    }
}

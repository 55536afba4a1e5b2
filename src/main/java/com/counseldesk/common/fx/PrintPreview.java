package com.counseldesk.common.fx;

import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A print's pages before anything is printed (a day's list, a contract's summary, a receipt): a
 * window over the app's, titled "打印预览 — " and the print's title, showing the pages as
 * {@link PrintTable#pages} lays them out for the paper, each on a white sheet in a column that
 * scrolls, with their count ("共 3 页"). 打印 (the default button, Ctrl+P) opens the system's print
 * dialog, the pages made again for the paper chosen there, and closes the preview once the job went
 * to the printer; 关闭 (Esc) closes it, and the keyboard is back where it was. On a PC without a
 * printer the pages still show: 打印 is off and a line says why. Only printing loads this class.
 */
public final class PrintPreview {
    static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    /** Paper at its real size on a screen of the usual 96 pixels an inch (a point is 1/72 inch). */
    private static final double REAL_SIZE = 96.0 / 72;
    /** Around the sheets and between them. */
    private static final double GAP = 16;
    /** What the window needs beside the column of sheets: the scroll bar and the borders. */
    private static final double SIDES = 20;
    /** What the window needs above and below the column: the title bar, the foot with the buttons. */
    private static final double TOP_AND_FOOT = 130;
    /** How far ↑ and ↓ scroll the pages. */
    private static final double STEP = 40;

    private PrintPreview() {
    }

    /**
     * The paper the preview shows, in points: its size and where its printable area starts.
     *
     * <p>With a printer, its default page layout (the paper and margins its driver proposes). Without
     * one, A4 portrait (595 × 842 pt) with half-inch margins, a printable 523 × 770 pt, whatever printer
     * the pages may later go to: 打印 makes them again for the paper chosen in the print dialog.
     */
    record Paper(double width, double height, double left, double top, double printableWidth,
            double printableHeight) {
        static final Paper A4 = new Paper(595, 842, 36, 36, 523, 770);

        static Paper of(Printer printer) {
            if (printer == null) {
                return A4;
            }
            PageLayout l = printer.getDefaultPageLayout();
            return new Paper(l.getLeftMargin() + l.getPrintableWidth() + l.getRightMargin(),
                    l.getTopMargin() + l.getPrintableHeight() + l.getBottomMargin(), l.getLeftMargin(),
                    l.getTopMargin(), l.getPrintableWidth(), l.getPrintableHeight());
        }
    }

    /**
     * Shows the pages {@code pages} makes for a printable width and height (in points) over
     * {@code owner}. {@code noPrinter} is the line shown when this PC has no printer; {@code failed}
     * makes the line shown, from the job's status, when printing did not finish.
     */
    public static Stage show(Window owner, BiFunction<Double, Double, List<? extends Node>> pages, Msg noPrinter,
            Function<String, Msg> failed, I18n i18n) {
        Printer printer = Printer.getDefaultPrinter();
        Paper paper = Paper.of(printer);
        List<? extends Node> made = pages.apply(paper.printableWidth(), paper.printableHeight());
        Rectangle2D screen = screen(owner);
        // At real size when the screen has the room, else the sheets' width fits the window.
        double scale = Math.min(REAL_SIZE, (screen.getWidth() - SIDES - 2 * GAP) / paper.width());

        VBox column = new VBox(GAP);
        column.getStyleClass().add("print-preview-pages");
        column.setPadding(new Insets(GAP));
        column.setAlignment(Pos.TOP_CENTER);
        made.forEach(page -> column.getChildren().add(sheet(page, paper, scale)));
        ScrollPane scroll = new ScrollPane(column);
        scroll.setId("printPreviewPages");
        scroll.getStyleClass().add("print-preview-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        double columnHeight = made.size() * (paper.height() * scale + GAP) + GAP;
        scroll.setPrefViewportHeight(Math.min(columnHeight, screen.getHeight() - TOP_AND_FOOT));

        Label count = new Label(i18n.t("print.preview.pages", made.size()));
        count.setId("printPreviewCount");
        count.setMinWidth(Region.USE_PREF_SIZE);
        ObjectProperty<Msg> message = new SimpleObjectProperty<>(printer == null ? noPrinter : null);
        Label line = Notice.band("printPreviewMessage", message, new SimpleObjectProperty<>(Notice.Kind.ERROR), i18n);
        line.visibleProperty().bind(message.isNotNull());
        Button print = new Button(i18n.t("print.preview.print"));
        print.setId("printPreviewPrintButton");
        print.getStyleClass().add("accent");
        print.setDefaultButton(true);
        print.setMinWidth(Region.USE_PREF_SIZE);
        print.setDisable(printer == null);
        Button close = new Button(i18n.t("print.preview.close"));
        close.setId("printPreviewCloseButton");
        close.setCancelButton(true);
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox foot = DialogWindow.foot(line, print, close);
        foot.getChildren().add(0, count);
        foot.setPadding(new Insets(10, 14, 10, 14));
        HBox.setHgrow(line, Priority.SOMETIMES);

        VBox root = new VBox(scroll, foot);
        root.setId("printPreview");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        String title = made.isEmpty() ? "" : PrintTable.title(made.get(0));
        Stage stage = DialogWindow.window(owner, root, i18n.t("print.preview.title", title), i18n,
                paper.width() * scale + 2 * GAP + SIDES);
        close.setOnAction(e -> stage.close());
        print.setOnAction(e -> {
            message.set(null);
            boolean sent = PrintTable.print(stage, pages, () -> {
                message.set(noPrinter);
                print.setDisable(true);
                close.requestFocus();
            }, status -> message.set(failed.apply(status)));
            if (sent) {
                stage.close();
            }
        });
        Keys.area(root, "keys.area.printPreview")
                .on(PRINT, "keys.printPreview.print", e -> !print.isDisabled(), print::fire)
                .on(Keys.ESCAPE, "keys.printPreview.close", stage::close)
                .onEach(List.of(Keys.UP, Keys.DOWN, new KeyCodeCombination(KeyCode.PAGE_UP),
                        new KeyCodeCombination(KeyCode.PAGE_DOWN)), "keys.printPreview.scroll",
                        e -> scroll(scroll, e.getCode()));
        DialogWindow.focusBackWhenClosed(stage);
        DialogWindow.open(stage);
        (print.isDisabled() ? close : print).requestFocus();
        return stage;
    }

    /** A page on its sheet of paper, where the printable area is, the whole at {@code scale}. */
    private static Node sheet(Node page, Paper paper, double scale) {
        Pane sheet = new Pane(page);
        sheet.getStyleClass().add("print-sheet");
        sheet.setMinSize(paper.width(), paper.height());
        sheet.setPrefSize(paper.width(), paper.height());
        sheet.setMaxSize(paper.width(), paper.height());
        page.relocate(paper.left(), paper.top());
        sheet.getTransforms().add(new Scale(scale, scale));
        // The group takes the room of the sheet as scaled.
        return new Group(sheet);
    }

    /** ↑ / ↓ a little, Page Up / Page Down a screenful. */
    private static void scroll(ScrollPane pane, KeyCode key) {
        double view = pane.getViewportBounds().getHeight();
        double extra = pane.getContent().getLayoutBounds().getHeight() - view;
        if (extra <= 0) {
            return;
        }
        double by = switch (key) {
            case PAGE_UP -> -view;
            case PAGE_DOWN -> view;
            case UP -> -STEP;
            default -> STEP;
        };
        pane.setVvalue(Math.max(0, Math.min(1, pane.getVvalue() + by / extra)));
    }

    /** The visible part of the screen the app's window is on. */
    private static Rectangle2D screen(Window owner) {
        if (owner != null) {
            List<javafx.stage.Screen> on = javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(),
                    owner.getWidth(), owner.getHeight());
            if (!on.isEmpty()) {
                return on.get(0).getVisualBounds();
            }
        }
        return javafx.stage.Screen.getPrimary().getVisualBounds();
    }
}

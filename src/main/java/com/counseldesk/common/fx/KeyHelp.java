package com.counseldesk.common.fx;

import com.counseldesk.common.i18n.I18n;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The shortcut list: F1 in a window shows the keys of what is on screen there ({@link Keys#shown}),
 * in the language in use, in a small window over it; Esc or F1 again closes it and the keyboard
 * focus is back where it was.
 */
public final class KeyHelp {
    private static final double MAX_HEIGHT = 640;

    private KeyHelp() {
    }

    /**
     * Adds F1 to a window's keys (the scene's {@code window} area), with the keys every window's
     * controls know: Tab and Shift+Tab, Space.
     */
    public static void install(Keys window, Scene scene, Supplier<I18n> i18n) {
        window.on(Keys.HELP, "keys.help", () -> toggle(scene, i18n.get()));
        window.standard("keys.tab", new KeyCodeCombination(KeyCode.TAB),
                new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHIFT_DOWN));
        window.standard("keys.press", Keys.SPACE);
    }

    /** Shows the list for {@code scene}'s window, or closes it when it is shown. */
    public static void toggle(Scene scene, I18n i18n) {
        if (scene.getProperties().get(KeyHelp.class) instanceof Stage open) {
            open.close();
            return;
        }
        Window owner = scene.getWindow();
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.t("keys.title"));
        VBox root = new VBox(10);
        root.setId("keyHelpView");
        root.getStyleClass().add("key-help");
        root.setPadding(new Insets(14, 18, 14, 18));
        Scene help = new Scene(root);
        help.getStylesheets().setAll(scene.getStylesheets());
        Keys.Line close = Keys.area(help, "keys.title").on(List.of(Keys.ESCAPE, Keys.HELP), "keys.help.close",
                e -> true, stage::close).lines().get(0);
        ScrollPane sections = list(Keys.shown(scene), i18n);
        Label closing = new Label(close.keys(i18n) + "  " + close.what(i18n));
        closing.setId("keyHelpClose");
        closing.getStyleClass().add("text-muted");
        root.getChildren().addAll(sections, closing);
        Fonts.apply(root);
        // A long list scrolls rather than growing past the screen.
        root.applyCss();
        sections.setPrefViewportHeight(Math.min(MAX_HEIGHT, sections.getContent().prefHeight(-1)));
        stage.setScene(help);
        stage.setResizable(false);
        scene.getProperties().put(KeyHelp.class, stage);
        stage.setOnHidden(e -> scene.getProperties().remove(KeyHelp.class));
        // Back to where the person was: the window, and the control in it that had the focus.
        DialogWindow.focusBackWhenClosed(stage);
        stage.show();
        // A shown stage is not focused by itself (JavaFX 20+): the list takes the keyboard.
        stage.requestFocus();
    }

    /** The sections, each a title over its lines of keys and what they do, the keys in one column. */
    private static ScrollPane list(List<Keys.Section> sections, I18n i18n) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("key-help-list");
        grid.setHgap(16);
        grid.setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Label.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(keys, new ColumnConstraints());
        int row = 0;
        for (Keys.Section section : sections) {
            Label title = new Label(i18n.t(section.title()));
            title.getStyleClass().addAll("title-4", "key-help-section");
            title.setPadding(new Insets(row == 0 ? 0 : 10, 0, 2, 0));
            grid.add(title, 0, row++, 2, 1);
            for (Keys.Line line : section.lines()) {
                Label k = new Label(line.keys(i18n));
                k.getStyleClass().add("key-help-keys");
                Label what = new Label(line.what(i18n));
                what.getStyleClass().add("key-help-what");
                what.setWrapText(true);
                what.setMaxWidth(420);
                GridPane.setValignment(k, VPos.TOP);
                grid.add(k, 0, row);
                grid.add(what, 1, row++);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setStyle("-fx-background-color: transparent; -fx-background-insets: 0; -fx-padding: 0;");
        scroll.setFocusTraversable(false);
        return scroll;
    }
}

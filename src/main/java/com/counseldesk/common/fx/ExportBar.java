package com.counseldesk.common.fx;

import com.counseldesk.common.i18n.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;

/**
 * An export on screen, the same on every screen that has one: 导出 Excel (Ctrl+E), and while it runs a
 * progress bar with 取消 (Esc), then what became of it and 打开文件夹. Only binds to its {@link FileExport}.
 */
public final class ExportBar {
    public static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination CANCEL = Keys.ESCAPE;

    private ExportBar() {
    }

    /** The button, the bar, cancel, the status and the folder link; {@code start} asks where to save and exports. */
    public static HBox of(FileExport export, Runnable start, I18n i18n) {
        Button button = new Button(i18n.t("export.button"));
        button.setId("exportButton");
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.disableProperty().bind(export.exportingProperty());
        button.setOnAction(e -> start.run());
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(export.progressProperty());
        bar.visibleProperty().bind(export.exportingProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Button cancel = new Button(i18n.t("export.cancel"));
        cancel.setId("cancelExportButton");
        cancel.setMinWidth(Button.USE_PREF_SIZE);
        cancel.visibleProperty().bind(export.exportingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> export.cancel());
        Label status = new Label();
        status.setId("exportStatus");
        status.textProperty().bind(export.statusProperty().map(i18n::t).orElse(""));
        status.visibleProperty().bind(export.statusProperty().isNotNull());
        status.managedProperty().bind(status.visibleProperty());
        Hyperlink open = new Hyperlink(i18n.t("export.openFolder"));
        open.setId("openFolderButton");
        open.setMinWidth(Hyperlink.USE_PREF_SIZE);
        open.visibleProperty().bind(export.exportedProperty().isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> export.openFolder());
        HBox box = new HBox(8, button, bar, cancel, status, open);
        box.setId("exportBar");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Ctrl+E exports and Esc cancels an export under way, in the screen's area of keys (listed by F1). */
    public static Keys keys(Keys area, FileExport export, Runnable start) {
        return area.on(EXPORT, "keys.export", start)
                .on(CANCEL, "keys.export.cancel", e -> export.exportingProperty().get(), export::cancel);
    }
}

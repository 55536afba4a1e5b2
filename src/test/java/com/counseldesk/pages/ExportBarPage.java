package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/**
 * 导出 Excel on a screen that has it (the monthly report, the lists): the button (Ctrl+E), the progress
 * bar with 取消 while it runs, what became of it, and 打开文件夹.
 */
public final class ExportBarPage extends Page {
    public ExportBarPage(FxRobot robot) {
        super(robot);
        node("exportButton");
    }

    /** The button as it reads: "导出 Excel (Ctrl+E)". */
    public String button() {
        return text("exportButton");
    }

    /** Ctrl+E, with the cursor anywhere on the screen: asks where to save, then exports. */
    public ExportBarPage pressCtrlE() {
        pressShortcut(KeyCode.E);
        return this;
    }

    /** What the export says ("已保存：…"); "" before the first. */
    public String status() {
        return text("exportStatus");
    }

    /** Waits until the export says {@code expected}. */
    public ExportBarPage expectStatus(String expected) {
        Wait.forValue("the export's status", expected, this::status);
        return this;
    }

    /** Whether the progress bar or 取消 is in sight (only while an export runs). */
    public boolean showsProgress() {
        return isShown("exportProgress") || isShown("cancelExportButton");
    }

    public boolean offersOpenFolder() {
        return isShown("openFolderButton");
    }

    /** 打开文件夹, from the keyboard. */
    public ExportBarPage openFolder() {
        focus("openFolderButton");
        press(KeyCode.SPACE);
        return this;
    }
}

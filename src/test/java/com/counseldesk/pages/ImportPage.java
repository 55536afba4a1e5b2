package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** The import of old registers (导入旧表), a manager's screen. */
public final class ImportPage extends Page {
    public ImportPage(FxRobot robot) {
        super(robot);
        node("importView");
    }

    public String fileName() {
        return text("importFileName");
    }

    public boolean canImport() {
        return isEnabled("importStart");
    }

    public boolean canCancel() {
        return isEnabled("importCancel");
    }

    public boolean canUndoThis() {
        return isEnabled("importUndoThis");
    }

    /** The past imports, column header → cell text. */
    public List<Map<String, String>> batches() {
        return TableRows.of(node("importBatches"));
    }

    public ImportPage expectBatches(int count) {
        Wait.forValue("the past imports", count, () -> batches().size());
        return this;
    }

    /**
     * Presses 选择文件… with the space bar (the focus on it); the file chooser answers with the file the
     * test gave it, whose name then shows.
     */
    public ImportPage chooseFile(String expectedName) {
        expectFocus("importChooseFile");
        press(KeyCode.SPACE);
        Wait.forValue("the chosen file's name", expectedName, this::fileName);
        return this;
    }

    /** What the choice under a column's header says it holds. */
    public String columnField(int column) {
        return text("importColumn" + column);
    }

    public ImportPage expectColumnField(int column, String label) {
        Wait.forValue("the field of column " + column, label, () -> columnField(column));
        return this;
    }

    /** Tabs to a column's choice and changes it with the arrow keys to {@code label}. */
    public ImportPage mapColumn(int column, String label) {
        tabUntil("importColumn" + column);
        chooseWithArrows(label);
        return this;
    }

    /** The preview, column header → cell text. */
    public List<Map<String, String>> preview() {
        return TableRows.of(node("importPreview"));
    }

    public ImportPage expectPreview(int line, String header, String value) {
        Wait.forValue("the preview's line " + line + " under " + header, value, () -> {
            List<Map<String, String>> rows = preview();
            return line < rows.size() ? rows.get(line).get(header) : null;
        });
        return this;
    }

    /** What step 3 (表里的人) says: its line, then each stranger's name. */
    public String people() {
        Node box = node("importPeople");
        return Fx.get(() -> ((Pane) box).getChildren().stream().map(n -> n instanceof HBox line
                ? ((Labeled) line.getChildren().get(0)).getText() : ((Labeled) n).getText())
                .collect(Collectors.joining(" / ")));
    }

    public ImportPage expectPeople(String text) {
        Wait.forValue("who the sheet names", text, this::people);
        return this;
    }

    /** Tabs to 开始导入 and presses it with the space bar. */
    public ImportPage startImport() {
        tabUntil("importStart");
        press(KeyCode.SPACE);
        return this;
    }

    public String summary() {
        return text("importSummary");
    }

    public ImportPage expectSummary(String text) {
        Wait.forValue("the import's summary", text, this::summary);
        return this;
    }

    /** Tabs to 撤销这次导入 and presses it with the space bar (the question is answered yes). */
    public ImportPage undoThis() {
        tabUntil("importUndoThis");
        press(KeyCode.SPACE);
        return this;
    }

    public String message() {
        return text("importMessage");
    }

    public ImportPage expectMessage(String text) {
        Wait.forValue("the import's message", text, this::message);
        return this;
    }
}

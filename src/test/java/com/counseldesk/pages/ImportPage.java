package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.Map;
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
}

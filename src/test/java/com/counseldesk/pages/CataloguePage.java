package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;

/** The course catalogue (课程目录), a manager's screen. */
public final class CataloguePage extends Page {
    public CataloguePage(FxRobot robot) {
        super(robot);
        node("catalogue");
    }

    public List<Map<String, String>> courses() {
        TableView<?> t = node("courseTable");
        return TableRows.of(t);
    }

    public CataloguePage expectCourses(int n) {
        Wait.until(n + " courses listed", () -> courses().size() == n);
        return this;
    }

    /** Types a new course into the form and adds it (Ctrl+Enter). */
    public CataloguePage add(String name, String subjectId, String hours, String price) {
        fill("courseNameField", name);
        focus("courseSubject_" + subjectId);
        press(javafx.scene.input.KeyCode.SPACE);
        fill("courseHoursField", hours);
        fill("coursePriceField", price);
        int before = courses().size();
        pressShortcut(javafx.scene.input.KeyCode.ENTER);
        Wait.until("the course added", () -> courses().size() == before + 1);
        return this;
    }

    public String message() {
        return text("catalogueMessage");
    }
}

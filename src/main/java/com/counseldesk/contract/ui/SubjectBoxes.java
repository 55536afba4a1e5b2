package com.counseldesk.contract.ui;

import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.Subject;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.FlowPane;

/** The subjects as check boxes in a row that wraps (Tab goes through them, Space ticks); ids "{prefix}_MATH" … */
final class SubjectBoxes {
    private SubjectBoxes() {
    }

    static FlowPane of(String prefix, I18n i18n, Function<Subject, BooleanProperty> ticked) {
        FlowPane row = new FlowPane(10, 4);
        row.setId(prefix);
        for (Subject s : Subject.values()) {
            CheckBox box = new CheckBox(i18n.label(s));
            box.setId(prefix + "_" + s.name());
            box.selectedProperty().bindBidirectional(ticked.apply(s));
            row.getChildren().add(box);
        }
        return row;
    }
}

package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.i18n.Msg;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;

/**
 * A form's fields with their rules ({@link FormModel}, which shows the messages), and whether each
 * field holds a valid value now, shown or not: a draft keeps the last valid value of a field that is
 * being corrected.
 */
final class CheckedFields {
    private final FormModel form = new FormModel();
    private final Map<String, Supplier<Msg>> rules = new LinkedHashMap<>();

    void add(String name, Supplier<Msg> rule, ObservableValue<?>... watched) {
        rules.put(name, rule);
        form.field(name, rule, watched);
    }

    boolean valid(String name) {
        return rules.get(name).get() == null;
    }

    FormModel form() {
        return form;
    }
}

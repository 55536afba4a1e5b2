package com.counseldesk.common.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.Property;

/**
 * Values put into a form from a stored record, where the person had not typed anything yet, and
 * how to take them back: when the phone is corrected to another number the filled values must not
 * reach another household's record.
 */
public final class Prefill {
    private final List<Runnable> undo = new ArrayList<>();

    /** Sets {@code value} when the property holds {@code blank} (or blank text); remembers how to undo it. */
    public <T> void fillIfBlank(Property<T> p, T value, T blank) {
        T now = p.getValue();
        boolean isBlank = Objects.equals(now, blank) || now instanceof String text && text.isBlank();
        if (!isBlank || value == null || Objects.equals(value, blank)) {
            return;
        }
        p.setValue(value);
        undo.add(() -> {
            if (Objects.equals(p.getValue(), value)) {
                p.setValue(blank);
            }
        });
    }

    /** Takes back every value filled since the last undo, where the person has not changed it. */
    public void undo() {
        undo.forEach(Runnable::run);
        undo.clear();
    }

    /** Forgets what was filled (after a save: the values are the person's now). */
    public void forget() {
        undo.clear();
    }
}

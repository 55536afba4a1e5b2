package com.counseldesk.common.fx;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;

/** A choice of a list's filter box: a value, or any (null). */
public record Pick<T>(T value) {
    /** "any" first, then each of {@code values}. */
    public static <T> List<Pick<T>> withAny(Collection<? extends T> values) {
        List<Pick<T>> out = new ArrayList<>();
        out.add(new Pick<>(null));
        values.forEach(v -> out.add(new Pick<>(v)));
        return out;
    }

    /**
     * Fills a filter box's {@code choices} with any and {@code values}, keeping what was {@code chosen}
     * when it is still among them, else any: replacing a combo box's items leaves it showing nothing.
     */
    public static <T> void refill(ObservableList<Pick<T>> choices, Property<Pick<T>> chosen,
            Collection<? extends T> values) {
        Pick<T> before = chosen.getValue();
        List<Pick<T>> picks = withAny(values);
        choices.setAll(picks);
        chosen.setValue(picks.contains(before) ? before : picks.get(0));
    }

    /** The value of a pick (null: any, or no pick). */
    public static <T> T of(Pick<T> pick) {
        return pick == null ? null : pick.value();
    }
}

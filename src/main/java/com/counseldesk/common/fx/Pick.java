package com.counseldesk.common.fx;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A choice of a list's filter box: a value, or any (null). */
public record Pick<T>(T value) {
    /** "any" first, then each of {@code values}. */
    public static <T> List<Pick<T>> withAny(Collection<? extends T> values) {
        List<Pick<T>> out = new ArrayList<>();
        out.add(new Pick<>(null));
        values.forEach(v -> out.add(new Pick<>(v)));
        return out;
    }

    /** The value of a pick (null: any, or no pick). */
    public static <T> T of(Pick<T> pick) {
        return pick == null ? null : pick.value();
    }
}

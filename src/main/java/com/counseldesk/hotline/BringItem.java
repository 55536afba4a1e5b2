package com.counseldesk.hotline;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the office asks a family to bring to a booked visit (带上学生和学生的试卷、书本、错题本).
 * Labels: {@code bringItem.<NAME>}.
 */
public enum BringItem {
    STUDENT, TEST_PAPERS, TEXTBOOKS, ERROR_NOTEBOOK;

    /** The office's habit: all of them. */
    public static Set<BringItem> all() {
        return copy(EnumSet.allOf(BringItem.class));
    }

    /** An unmodifiable copy in the order of the constants. */
    static Set<BringItem> copy(Set<BringItem> items) {
        return Collections.unmodifiableSet(items.isEmpty() ? EnumSet.noneOf(BringItem.class) : EnumSet.copyOf(items));
    }

    /** The stored text: constant names, comma-separated, in this order. */
    static String text(Set<BringItem> items) {
        return items.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<BringItem> parse(String text) {
        Set<BringItem> out = EnumSet.noneOf(BringItem.class);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::strip).map(BringItem::valueOf).forEach(out::add);
        }
        return copy(out);
    }
}

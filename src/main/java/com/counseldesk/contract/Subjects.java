package com.counseldesk.contract;

import com.counseldesk.family.Subject;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** Subjects as a column stores them: the constant names, comma-separated, in the enum's order. */
final class Subjects {
    private Subjects() {
    }

    static String text(Collection<Subject> subjects) {
        if (subjects == null || subjects.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(subjects).stream().map(Subject::name).collect(Collectors.joining(","));
    }

    static List<Subject> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).map(Subject::valueOf).sorted().toList();
    }
}

package com.counseldesk.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Search terms of a name. */
public final class NameKeys {
    public record Term(String text, int weight) {
    }

    private NameKeys() {
    }

    public static List<Term> termsOf(String name) {
        List<Term> out = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        for (int i = 0; i < n.length(); i++) {
            out.add(new Term(n.substring(i).toLowerCase(Locale.ROOT), i == 0 ? 1 : 3));
        }
        return out;
    }

    public static String normaliseQuery(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    }
}

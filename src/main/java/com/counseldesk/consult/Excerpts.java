package com.counseldesk.consult;

/** The first words of a text for one line of a list or the timeline. */
final class Excerpts {
    private Excerpts() {
    }

    /** The first of the texts that is not empty, or "". */
    static String first(String... texts) {
        for (String t : texts) {
            if (t != null && !t.isEmpty()) {
                return t;
            }
        }
        return "";
    }

    /** {@code text} on one line, cut to {@code max} characters with "…". */
    static String of(String text, int max) {
        String line = text == null ? "" : text.replace('\n', ' ');
        return line.codePointCount(0, line.length()) <= max ? line
                : line.substring(0, line.offsetByCodePoints(0, max)) + "…";
    }
}

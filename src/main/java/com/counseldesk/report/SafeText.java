package com.counseldesk.report;

/**
 * Text as it may go into a spreadsheet cell. A text a person typed that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is one a spreadsheet program may run
 * as a formula (when the cell is edited, or the sheet is saved as CSV and opened again): such a text
 * is written as a text cell marked "quote prefix" (Excel's own mark for "this is text, not a
 * formula", which WPS and LibreOffice keep too), so it shows as typed and never runs. Characters XML
 * cannot hold are dropped (they would make the file one that needs repair), and a text is cut to
 * the 32,767 characters a cell holds.
 */
public final class SafeText {
    /** The most characters one cell holds. */
    public static final int MAX = 32_767;

    private SafeText() {
    }

    /** Whether a spreadsheet could take {@code text} for a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }

    /** {@code text} without what XML 1.0 cannot hold, cut to {@link #MAX}; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (ok && out != null) {
                out.append(c);
            }
        }
        String s = out == null ? text : out.toString();
        return s.length() > MAX ? s.substring(0, MAX) : s;
    }
}

package com.counseldesk.common;

import java.text.Normalizer;

/**
 * The rules every free-text field shares: cleaned, bounded, required or not. Any script is accepted.
 *
 * <p>Cleaning makes two values that look alike compare alike:
 * <ul>
 *   <li>every kind of space (Unicode whitespace and space separators: tab, line break, U+00A0,
 *       U+2000–U+200A, U+202F, U+205F, U+3000, …) counts as one ASCII space; runs collapse to one
 *       and the ends are stripped;</li>
 *   <li>invisible characters are removed: format characters (zero-width space and joiners, bidi
 *       controls, U+FEFF, soft hyphen, word joiner, …) and the blank-looking fillers U+3164,
 *       U+115F, U+1160, U+FFA0, U+2800 and U+034F;</li>
 *   <li>the result is in Unicode NFC, so composed and decomposed accents are the same text.</li>
 * </ul>
 * A required value with nothing left is refused as required. A lone UTF-16 surrogate (a broken
 * character the database would store as '?') and control characters are refused.
 */
public final class Text {
    public static final int NAME_MAX = 40;
    public static final int SHORT_MAX = 60;
    public static final int LONG_MAX = 500;

    private Text() {
    }

    /** Cleans and checks a required value; refuses blank, over-long, broken or control-character text. */
    public static String required(String field, String value, int max) {
        String v = clean(field, value);
        if (v.isEmpty()) {
            throw new ValidationException(field, "error.required");
        }
        return checked(field, v, max);
    }

    /** Cleans an optional value; blank (or invisible) becomes the empty string. */
    public static String optional(String field, String value, int max) {
        return checked(field, clean(field, value), max);
    }

    private static String clean(String field, String value) {
        if (value == null) {
            return "";
        }
        if (value.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) {
            throw new ValidationException(field, "error.text.invalidChars");
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(c);
        }
        // After the removal, so that an accent split from its letter by an invisible character composes.
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isSpace(int c) {
        // U+001C–U+001F count as whitespace in Java but are control characters: they stay refused.
        return Character.isSpaceChar(c) || Character.isWhitespace(c) && !(c >= 0x1C && c <= 0x1F);
    }

    private static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT
                || c == 0x3164 // HANGUL FILLER
                || c == 0x115F || c == 0x1160 // HANGUL CHOSEONG / JUNGSEONG FILLER
                || c == 0xFFA0 // HALFWIDTH HANGUL FILLER
                || c == 0x2800 // BRAILLE PATTERN BLANK
                || c == 0x034F // COMBINING GRAPHEME JOINER
                || c == 0x180E // MONGOLIAN VOWEL SEPARATOR (a space before Unicode 6.3)
                || c == 0x00AD; // SOFT HYPHEN
    }

    private static String checked(String field, String v, int max) {
        if (v.codePointCount(0, v.length()) > max) {
            throw new ValidationException(field, "error.tooLong", max);
        }
        if (v.codePoints().anyMatch(Character::isISOControl)) {
            throw new ValidationException(field, "error.controlChars");
        }
        return v;
    }
}

package com.counseldesk.family;

import com.counseldesk.common.Phone;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How a typed text is looked up. Four or more digits (spaces, dashes, brackets and dots between
 * them, a leading + allowed) are part of a phone number; anything else is a name, in the form
 * {@link NameKeys#normaliseQuery} gives it. A blank text asks for everything; a text that is not
 * blank but has nothing searchable left (only apostrophes or dashes, say) finds nothing.
 *
 * <p>A number has two keys: the start of the stored form ({@code +86 138} is {@code 138}, {@code
 * 00852} is {@code +852}) and the digits as typed, for the last digits and digits anywhere: "0001"
 * is the end of a number, not a call abroad.
 */
record SearchKey(Kind kind, String text, String digits) {
    /** Fewer digits than this say too little about a number: 尾号 are asked for by their last four. */
    static final int MIN_DIGITS = 4;
    /** What people put between the digits of a number. */
    private static final Pattern NUMBER_SEPARATORS = Pattern.compile("[\\s\\p{Z}\\-\u2010-\u2015\u2212().\u00b7]");
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]+");

    enum Kind { EVERYTHING, NOTHING, NAME, PHONE }

    static SearchKey of(String typed) {
        if (typed == null || typed.isBlank()) {
            return new SearchKey(Kind.EVERYTHING, "", "");
        }
        String compact = NUMBER_SEPARATORS.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKC)).replaceAll("");
        if (NUMBER.matcher(compact).matches()) {
            String digits = compact.replace("+", "");
            if (digits.length() >= MIN_DIGITS) {
                return new SearchKey(Kind.PHONE, Phone.searchPrefix(compact), digits);
            }
        }
        String name = NameKeys.normaliseQuery(typed);
        return name.isEmpty() ? new SearchKey(Kind.NOTHING, "", "") : new SearchKey(Kind.NAME, name, "");
    }

    /** For a phone: the start of the stored number ({@code 1381234}, {@code +8529123}). */
    String numberPrefix() {
        return text;
    }

    /** For a phone: the typed digits reversed, the start of the stored suffix key of a number ending in them. */
    String suffixKey() {
        return new StringBuilder(digits).reverse().toString();
    }
}

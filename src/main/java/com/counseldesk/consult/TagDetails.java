package com.counseldesk.consult;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a manager types for one of the office's own tags: its name (required, at most
 * {@value #NAME_MAX} characters), its colour ({@code #rrggbb}), what the type looks like (its signs,
 * the description), the mistakes counselors make with it and the strategy (each at most
 * {@value #TEXT_MAX} characters). Each rule is a method the form checks too.
 */
public record TagDetails(String name, String colour, String signs, String mistakes, String strategy) {
    public static final String NAME = "tagName";
    public static final String COLOUR = "tagColour";
    public static final String SIGNS = "tagSigns";
    public static final String MISTAKES = "tagMistakes";
    public static final String STRATEGY = "tagStrategy";
    public static final int NAME_MAX = 20;
    public static final int TEXT_MAX = 1000;
    private static final Pattern RGB = Pattern.compile("#[0-9a-fA-F]{6}");

    public TagDetails {
        name = name(name);
        colour = colour(colour);
        signs = text(SIGNS, signs);
        mistakes = text(MISTAKES, mistakes);
        strategy = text(STRATEGY, strategy);
    }

    public static String name(String typed) {
        return Text.required(NAME, typed, NAME_MAX);
    }

    /** {@code #rrggbb} (hex digits, either case), kept in lower case. */
    public static String colour(String typed) {
        String c = typed == null ? "" : typed.strip();
        if (c.isEmpty()) {
            throw new ValidationException(COLOUR, "error.required");
        }
        if (!RGB.matcher(c).matches()) {
            throw new ValidationException(COLOUR, "error.tag.colour");
        }
        return c.toLowerCase(Locale.ROOT);
    }

    /** Signs, mistakes or strategy: optional, at most {@value #TEXT_MAX} characters. */
    public static String text(String field, String typed) {
        return Text.optional(field, typed, TEXT_MAX);
    }
}

package com.counseldesk.consult.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.ClientTag;
import com.counseldesk.consult.TagDetails;

/**
 * How a tag reads: a built-in type by its texts in the bundles (its label {@code clientType.TIMID},
 * and {@code clientType.TIMID.signs}, {@code .mistakes}, {@code .strategy}), so it reads in the
 * language in use; an office's own tag as its manager typed it. And the colours of its chip.
 */
final class TagText {
    /** For a colour that is not #rrggbb (a row written by another program). */
    private static final String FALLBACK = "#6e7781";
    private TagText() {
    }

    static String name(ClientTag tag, I18n i18n) {
        return tag.isBuiltin() ? i18n.label(tag.builtin()) : tag.name();
    }

    static String signs(ClientTag tag, I18n i18n) {
        return text(tag, i18n, "signs", tag.signs());
    }

    static String mistakes(ClientTag tag, I18n i18n) {
        return text(tag, i18n, "mistakes", tag.mistakes());
    }

    static String strategy(ClientTag tag, I18n i18n) {
        return text(tag, i18n, "strategy", tag.strategy());
    }

    private static String text(ClientTag tag, I18n i18n, String part, String typed) {
        return tag.isBuiltin() ? i18n.t("clientType." + tag.builtin().name() + "." + part) : typed;
    }

    /** The chip's style: its colour as the background, with black or white text, whichever reads better. */
    static String chipStyle(String colour) {
        int rgb;
        try {
            rgb = Integer.parseInt(TagDetails.colour(colour).substring(1), 16);
        } catch (ValidationException e) {
            colour = FALLBACK;
            rgb = Integer.parseInt(FALLBACK.substring(1), 16);
        }
        double luminance = 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
        return "-fx-background-color: " + colour + "; -fx-text-fill: " + (luminance > 150 ? "#1f2328" : "white")
                + ";";
    }
}

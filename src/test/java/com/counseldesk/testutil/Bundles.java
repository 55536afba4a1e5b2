package com.counseldesk.testutil;

import com.counseldesk.common.i18n.I18n;

/** The texts the user reads, taken from the app's message bundles so tests follow wording changes. */
public final class Bundles {
    private static final I18n ZH = new I18n(I18n.CHINESE);
    private static final I18n EN = new I18n(I18n.ENGLISH);

    private Bundles() {
    }

    public static String zh(String key, Object... args) {
        return checked(ZH, key, args);
    }

    public static String en(String key, Object... args) {
        return checked(EN, key, args);
    }

    private static String checked(I18n i18n, String key, Object... args) {
        String text = i18n.t(key, args);
        if (text.startsWith("!")) {
            throw new IllegalArgumentException("No message " + key + " in " + i18n.locale());
        }
        return text;
    }
}

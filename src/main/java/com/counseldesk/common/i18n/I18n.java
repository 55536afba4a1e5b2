package com.counseldesk.common.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The user-facing words, from {@code i18n/messages*.properties}. Simplified Chinese by default. */
public final class I18n {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LANGUAGES = List.of(CHINESE, ENGLISH);
    private static final String BUNDLE = "i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language stored as a tag ("zh-CN", "en"); unknown or missing tags give Chinese. */
    public static I18n forTag(String tag) {
        Locale wanted = tag == null ? CHINESE : Locale.forLanguageTag(tag);
        return new I18n(LANGUAGES.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                .findFirst().orElse(CHINESE));
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.toLanguageTag();
    }

    /**
     * The text of a key with its arguments. An argument that is itself a {@link Msg} is put into
     * words first, and an enum constant is shown by its label, so a view model can say
     * "{@code new Msg("walkin.fixField", new Msg("walkin.phone"))}" or pass a channel as it is.
     */
    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(words(args));
    }

    /** Whether the bundles have this key (for values that may or may not have a label). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String t(Msg msg) {
        return msg == null ? "" : t(msg.key(), msg.args());
    }

    private Object[] words(Object[] args) {
        if (args == null) {
            return new Object[0];
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Msg m) {
                out[i] = t(m);
            } else if (out[i] instanceof Enum<?> e) {
                out[i] = label(e);
            }
        }
        return out;
    }

    /** An enum constant's label: key {@code <simple class name in lower camel>.<CONSTANT>}. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String type = value.getDeclaringClass().getSimpleName();
        return t(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name());
    }

    /** Items joined as this language lists them: "高三、五年级" / "Grade 12, Grade 5". */
    public String list(Stream<String> items) {
        return items.collect(Collectors.joining(t("list.separator")));
    }

    /** Groups that themselves hold lists, joined: "王芳（母亲）…；张强（父亲）…" / "…; …". */
    public String groups(Stream<String> items) {
        return items.collect(Collectors.joining(t("list.separator.groups")));
    }
}

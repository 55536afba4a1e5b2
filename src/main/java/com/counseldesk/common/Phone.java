package com.counseldesk.common;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;
import java.util.regex.Pattern;

/**
 * A family's phone number in the one stored form.
 *
 * <p>Mainland numbers are stored as the digits of their national spelling: a mobile as its
 * 11 digits ({@code 13812345678}), a landline with its trunk 0 and area code
 * ({@code 01062345678}), a service number as dialled ({@code 4008123456}).
 * An extension follows after {@code #}. Numbers of other countries are stored in E.164
 * ({@code +85291234567}). The form is digits-first so that a prefix typed at the desk
 * ("138 1234") finds the family with a plain index range scan.
 *
 * <p>What is refused, each with its own message: letters (libphonenumber would read
 * {@code 1-800-FLOWERS} or {@code 138abcd5678} as keypad digits; only the extension words
 * 转, 分机, x and ext are letters a phone may contain), short service numbers such as
 * {@code 95588}, {@code 10086} or {@code 110} (they are not a parent's phone), and numbers of
 * the wrong length.
 */
public record Phone(String value) {
    public static final String FIELD = "phone";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int CN = 86;
    private static final int MAX_INPUT = 40;
    private static final int MAX_EXTENSION = 6;
    private static final ShortNumberInfo SHORT = ShortNumberInfo.getInstance();
    /** An extension written at the end with one of the office's words: 转 12, 分机 12, x12, ext 12, EXT. 12. */
    private static final Pattern EXTENSION_WORD = Pattern.compile(
            "\\s*(?:转|分机|(?i:ext\\.?|x))\\s*(\\d+)\\s*$");
    /**
     * Service numbers of the mainland that libphonenumber's short-number data does not know
     * (the 12xxx public hotlines such as 12315 and 12345, 11185): 1 followed by 0–2 and one to
     * three digits, or 95/96 followed by three or four digits. Mobiles start with 13–19, so no
     * mobile, complete or partly typed, looks like one of these.
     */
    /** The patterns {@link #prepare} and {@link #normalForm} use, compiled once (an import parses 100,000 numbers). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    private static final Pattern EXTENSION_AT_END = Pattern.compile("\\s*(转|分机|(?i:ext\\.?|x))\\s*(\\d{1,6})\\s*$");
    private static final Pattern AREA_NUMBER_EXTENSION = Pattern.compile("^(0\\d{2,3})[- ]?(\\d{7,8})-(\\d{1,6})$");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");
    private static final Pattern CN_SERVICE = Pattern.compile("1[0-2]\\d{1,3}|9[56]\\d{3,4}");

    public Phone {
        if (value == null || value.isBlank()) {
            throw new ValidationException(FIELD, "error.required");
        }
    }

    /** Parses what a person typed: spaces, dashes, brackets, dots, +86 / 0086 and extensions are accepted. */
    public static Phone parse(String input) {
        String raw = input == null ? "" : input.strip();
        if (raw.isEmpty()) {
            throw new ValidationException(FIELD, "error.required");
        }
        if (raw.length() > MAX_INPUT) {
            throw new ValidationException(FIELD, "error.phone.invalid");
        }
        String prepared = prepare(raw);
        String letter = firstLetter(EXTENSION_WORD.matcher(prepared).replaceFirst(""));
        if (letter != null) {
            throw new ValidationException(FIELD, "error.phone.letters", letter);
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(prepared, "CN");
        } catch (NumberParseException e) {
            throw new ValidationException(FIELD, "error.phone.invalid");
        }
        if (!UTIL.isValidNumber(number)) {
            throw new ValidationException(FIELD, invalidReason(number));
        }
        if (number.hasExtension() && number.getExtension().length() > MAX_EXTENSION) {
            throw new ValidationException(FIELD, "error.phone.invalid");
        }
        return new Phone(normalForm(number));
    }

    /** True when the text holds a complete, valid number (used while the person is still typing). */
    public static boolean isComplete(String input) {
        try {
            parse(input);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    /** The digits of a partly typed number as they would start the stored form ("+86 138-12" gives "13812"). */
    public static String searchPrefix(String input) {
        if (input == null) {
            return "";
        }
        String digits = input.replaceAll("[^0-9+]", "");
        String international = digits.startsWith("+") ? digits.substring(1)
                : digits.startsWith("00") ? digits.substring(2) : null;
        if (international == null) {
            return digits.replace("+", "");
        }
        international = international.replace("+", "");
        if (!international.startsWith("86")) {
            // Other countries are stored in E.164.
            return international.isEmpty() ? "" : "+" + international;
        }
        String national = international.substring(2);
        // A mobile keeps its digits; a landline (Beijing's 10 included) gets its trunk 0 back.
        boolean mobile = national.startsWith("1") && !national.startsWith("10");
        return mobile || national.isEmpty() ? national : "0" + national;
    }

    /** How people read it: 138 1234 5678, 010 6234 5678 转 12, +852 9123 4567. */
    public String display() {
        try {
            PhoneNumber n = UTIL.parse(value.replace("#", " ext. "), "CN");
            String ext = n.hasExtension() ? n.getExtension() : null;
            n.clearExtension();
            String shown = n.getCountryCode() == CN
                    ? UTIL.format(n, PhoneNumberFormat.NATIONAL)
                    : UTIL.format(n, PhoneNumberFormat.INTERNATIONAL);
            shown = shown.replace('-', ' ');
            return ext == null ? shown : shown + " 转 " + ext;
        } catch (NumberParseException e) {
            return value;
        }
    }

    /** The number without its extension: the phone that identifies a household ({@code 057187654321}). */
    public Phone base() {
        int hash = value.indexOf('#');
        return hash < 0 ? this : new Phone(value.substring(0, hash));
    }

    /** The extension's digits ({@code 123} of {@code 057187654321#123}), or the empty string when there is none. */
    public String extension() {
        int hash = value.indexOf('#');
        return hash < 0 ? "" : value.substring(hash + 1);
    }

    /**
     * The digits of the base number in reverse order: {@code 13812345678} gives {@code 87654321831},
     * {@code +85291234567} gives {@code 76543219258}, and the extension is left out.
     *
     * <p>A family is often remembered by the last digits of its phone ("the one ending in 5678").
     * Stored in an indexed column, this key turns that search into a prefix scan like the one on the
     * stored form: the last digits typed, reversed ({@code 8765}), are the start of the key.
     */
    public String suffixKey() {
        String digits = NOT_DIGIT.matcher(base().value).replaceAll("");
        return new StringBuilder(digits).reverse().toString();
    }

    @Override
    public String toString() {
        return value;
    }

    private static String prepare(String raw) {
        String s = raw.replace('（', '(').replace('）', ')').replace('＋', '+').replace('－', '-')
                .replace('—', '-').replace('　', ' ');
        // Tabs and line breaks pasted from a spreadsheet are spaces.
        s = WHITESPACE.matcher(s).replaceAll(" ");
        // Office spellings of an extension: 转, 分机, x, ext (any case)
        s = EXTENSION_AT_END.matcher(s).replaceAll(" ext. $2");
        // ... and the common "area-number-extension": 0571-87654321-123
        s = AREA_NUMBER_EXTENSION.matcher(s).replaceAll("$1$2 ext. $3");
        if (s.startsWith("0086")) {
            s = "+86" + s.substring(4);
        }
        return s;
    }

    /**
     * The first Latin letter, ASCII or full-width (what libphonenumber would otherwise turn into keypad
     * digits), or null when there is none: the message names it.
     */
    private static String firstLetter(String s) {
        return s.codePoints().filter(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .mapToObj(Character::toString).findFirst().orElse(null);
    }

    private static String invalidReason(PhoneNumber number) {
        String nsn = UTIL.getNationalSignificantNumber(number);
        if (number.getCountryCode() == CN) {
            if (isServiceNumber(number, nsn)) {
                return "error.phone.service";
            }
            // "10" is Beijing's area code, not a mobile: 010-6234567 is a landline missing a digit.
            if (nsn.startsWith("1") && !nsn.startsWith("10") && nsn.length() != 11) {
                throw new ValidationException(FIELD, "error.phone.mobileLength", nsn.length());
            }
            if (!nsn.startsWith("1") && nsn.length() <= 8) {
                return "error.phone.areaCode";
            }
        }
        return "error.phone.invalid";
    }

    /**
     * A mainland short number (95588, 10086, 110, 12315): libphonenumber's short-number data first;
     * the rule {@link #CN_SERVICE} only for the numbers that data does not list.
     */
    private static boolean isServiceNumber(PhoneNumber number, String nsn) {
        PhoneNumber base = new PhoneNumber().mergeFrom(number).clearExtension();
        return SHORT.isValidShortNumberForRegion(base, "CN")
                || SHORT.isPossibleShortNumberForRegion(base, "CN") && CN_SERVICE.matcher(nsn).matches();
    }

    private static String normalForm(PhoneNumber number) {
        String ext = number.hasExtension() ? "#" + number.getExtension() : "";
        if (number.getCountryCode() != CN) {
            PhoneNumber copy = new PhoneNumber().mergeFrom(number).clearExtension();
            return UTIL.format(copy, PhoneNumberFormat.E164) + ext;
        }
        PhoneNumber copy = new PhoneNumber().mergeFrom(number).clearExtension();
        return NOT_DIGIT.matcher(UTIL.format(copy, PhoneNumberFormat.NATIONAL)).replaceAll("") + ext;
    }
}

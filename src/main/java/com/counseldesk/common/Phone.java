package com.counseldesk.common;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * A family's phone number in the one stored form.
 *
 * <p>Mainland numbers are stored as the digits of their national spelling: a mobile as its
 * 11 digits ({@code 13812345678}), a landline with its trunk 0 and area code
 * ({@code 01062345678}), a service number as dialled ({@code 4008123456}).
 * An extension follows after {@code #}. Numbers of other countries are stored in E.164
 * ({@code +85291234567}). The form is digits-first so that a prefix typed at the desk
 * ("138 1234") finds the family with a plain index range scan.
 */
public record Phone(String value) {
    public static final String FIELD = "phone";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int CN = 86;
    private static final int MAX_INPUT = 40;

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
        PhoneNumber number;
        try {
            number = UTIL.parse(prepared, "CN");
        } catch (NumberParseException e) {
            throw new ValidationException(FIELD, "error.phone.invalid");
        }
        if (!UTIL.isValidNumber(number)) {
            throw new ValidationException(FIELD, invalidReason(number));
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

    /** The number without its extension: what identifies a household's phone. */
    public Phone base() {
        int hash = value.indexOf('#');
        return hash < 0 ? this : new Phone(value.substring(0, hash));
    }

    /** The extension, or the empty string. */
    public String extension() {
        int hash = value.indexOf('#');
        return hash < 0 ? "" : value.substring(hash + 1);
    }

    /** The base number's digits reversed, so that the last digits (尾号) are an index prefix scan. */
    public String suffixKey() {
        return new StringBuilder(base().value().replace("+", "")).reverse().toString();
    }

    @Override
    public String toString() {
        return value;
    }

    private static String prepare(String raw) {
        String s = raw.replace('（', '(').replace('）', ')').replace('＋', '+').replace('－', '-')
                .replace('—', '-').replace('　', ' ');
        // Tabs and line breaks pasted from a spreadsheet are spaces.
        s = s.replaceAll("\\s", " ");
        // Office spellings of an extension: 转, 分机, x, ext
        s = s.replaceAll("\\s*(转|分机|[xX]|ext\\.?|EXT\\.?)\\s*(\\d{1,6})\\s*$", " ext. $2");
        // ... and the common "area-number-extension": 0571-87654321-123
        s = s.replaceAll("^(0\\d{2,3})[- ]?(\\d{7,8})-(\\d{1,6})$", "$1$2 ext. $3");
        if (s.startsWith("0086")) {
            s = "+86" + s.substring(4);
        }
        return s;
    }

    private static String invalidReason(PhoneNumber number) {
        String nsn = UTIL.getNationalSignificantNumber(number);
        if (number.getCountryCode() == CN) {
            // "10" is Beijing's area code, not a mobile: 010-6234567 is a landline missing a digit.
            if (nsn.startsWith("1") && !nsn.startsWith("10") && nsn.length() != 11) {
                return "error.phone.mobileLength";
            }
            if (!nsn.startsWith("1") && nsn.length() <= 8) {
                return "error.phone.areaCode";
            }
        }
        return "error.phone.invalid";
    }

    private static String normalForm(PhoneNumber number) {
        String ext = number.hasExtension() ? "#" + number.getExtension() : "";
        if (number.getCountryCode() != CN) {
            PhoneNumber copy = new PhoneNumber().mergeFrom(number).clearExtension();
            return UTIL.format(copy, PhoneNumberFormat.E164) + ext;
        }
        PhoneNumber copy = new PhoneNumber().mergeFrom(number).clearExtension();
        return UTIL.format(copy, PhoneNumberFormat.NATIONAL).replaceAll("[^0-9]", "") + ext;
    }
}

package com.counseldesk.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * How a text reads: its Chinese characters with their pinyin (pinyin4j's readings, without tones, ü as
 * v) and its words of other scripts. A name's search terms ({@code family.NameKeys}) and typing to
 * choose in a list ({@code common.fx.TypeAhead}) read text through this one piece.
 */
public final class Pinyin {
    /** Accents and other marks on Latin letters (after canonical decomposition). */
    private static final Pattern LATIN_MARKS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");
    /** Apostrophes inside a word of a name (O'Brien): left out without splitting the word. */
    private static final String APOSTROPHES = "'`\u00b4\u2018\u2019\u02bc";

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {
    }

    /**
     * One Chinese character, or one word of another script. {@code text} is how the unit is typed
     * (the character, or the word lower-cased without accents, ü as v); {@code readings} its pinyin,
     * most likely first, without duplicates (a word reads as itself, without accents).
     */
    public record Unit(String text, List<String> readings, boolean han) {
        public String reading() {
            return readings.get(0);
        }

        public String initial() {
            String r = reading();
            return r.substring(0, Character.charCount(r.codePointAt(0)));
        }

        /** The same unit with one reading only (a surname's). */
        public Unit readAs(String surnameReading) {
            return new Unit(text, List.of(surnameReading), han);
        }
    }

    /**
     * Splits a text (a name, a choice's label) into Chinese characters and words, after NFKC and lower
     * casing; anything but letters, digits and marks separates words (apostrophes inside a word are left out).
     */
    public static List<Unit> units(String name) {
        List<Unit> units = new ArrayList<>();
        if (name == null || name.isBlank()) {
            return units;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                addWord(units, word);
                units.add(hanUnit(cp));
            } else if (Character.isLetterOrDigit(cp) || isMark(cp) && word.length() > 0) {
                word.appendCodePoint(cp);
            } else if (APOSTROPHES.indexOf(cp) < 0) {
                addWord(units, word);
            }
        }
        addWord(units, word);
        return units;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static void addWord(List<Unit> units, StringBuilder word) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        // Typed as the query normalises it (ü → v); read without accents (ü → u), as people spell it.
        units.add(new Unit(withoutLatinAccents(w, true), List.of(withoutLatinAccents(w, false)), false));
    }

    /** A Chinese character with its pinyin4j readings; a character pinyin4j does not know reads as itself. */
    private static Unit hanUnit(int cp) {
        String text = new String(Character.toChars(cp));
        Set<String> readings = new LinkedHashSet<>();
        if (Character.isBmpCodePoint(cp)) {
            try {
                String[] all = PinyinHelper.toHanyuPinyinStringArray((char) cp, FORMAT);
                if (all != null) {
                    for (String r : all) {
                        if (r != null && !r.isEmpty() && r.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                            readings.add(r);
                        }
                    }
                }
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException(e);
            }
        }
        if (readings.isEmpty()) {
            readings.add(text);
        }
        return new Unit(text, List.copyOf(readings), true);
    }

    /** Latin letters without their accents (é → e, ß → ss); ü (with or without a tone mark) → v when asked. */
    public static String withoutLatinAccents(String s, boolean umlautAsV) {
        if (s.chars().allMatch(c -> c < 0x80)) {
            return s;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        if (umlautAsV) {
            d = d.replace("u\u0308", "v");
        }
        d = LATIN_MARKS.matcher(d).replaceAll("");
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ø' -> out.append('o');
                case 'đ', 'ð' -> out.append('d');
                case 'ł' -> out.append('l');
                case 'þ' -> out.append("th");
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}

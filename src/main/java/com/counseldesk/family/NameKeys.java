package com.counseldesk.family;

import com.counseldesk.common.Pinyin;
import com.counseldesk.common.Pinyin.Unit;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The search terms of a person's name. A query finds a name when the {@linkplain #normaliseQuery
 * normalised query} is a prefix of one of the name's terms, so the terms cover every way the desk
 * types a name: any part of it in characters (张小明, 小明, 明), full pinyin (zhangxiaoming, xiaoming),
 * initials (zxm, xm) and mixtures (张xm, 张xiaoming, zhangxm, 张小m). Surnames are read as surnames
 * (曾 zeng, 单 shan, 尉迟 yuchi); the rest of a name takes pinyin4j's readings. Names in other scripts
 * are lower-cased words without accents (Émile Zola: emilezola, zola, ez).
 */
public final class NameKeys {
    /** No term and no normalised query is longer than this (in chars); longer ones are cut. */
    public static final int MAX_LENGTH = 40;
    /** At most this many terms come from the other readings of polyphonic given-name characters. */
    private static final int MAX_VARIANT_TERMS = 4;
    /** Variant terms are added only while a name has at most this many terms. */
    private static final int TERM_BUDGET = 16;
    /** Terms are made from at most this many characters or words of a name. */
    private static final int MAX_UNITS = 40;

    /**
     * The surnames we read ourselves: compound surnames (two characters, one reading each, space
     * separated) and single-character surnames whose surname reading is not pinyin4j's first.
     */
    private static final Map<String, String> SURNAMES = Map.ofEntries(
            // compound surnames
            Map.entry("欧阳", "ou yang"), Map.entry("尉迟", "yu chi"), Map.entry("司马", "si ma"),
            Map.entry("诸葛", "zhu ge"), Map.entry("上官", "shang guan"), Map.entry("东方", "dong fang"),
            Map.entry("皇甫", "huang fu"), Map.entry("令狐", "ling hu"), Map.entry("慕容", "mu rong"),
            Map.entry("司徒", "si tu"), Map.entry("夏侯", "xia hou"), Map.entry("公孙", "gong sun"),
            Map.entry("长孙", "zhang sun"), Map.entry("宇文", "yu wen"), Map.entry("轩辕", "xuan yuan"),
            Map.entry("端木", "duan mu"), Map.entry("呼延", "hu yan"), Map.entry("南宫", "nan gong"),
            Map.entry("万俟", "mo qi"), Map.entry("澹台", "tan tai"), Map.entry("申屠", "shen tu"),
            Map.entry("独孤", "du gu"), Map.entry("百里", "bai li"), Map.entry("东郭", "dong guo"),
            Map.entry("西门", "xi men"), Map.entry("第五", "di wu"), Map.entry("钟离", "zhong li"),
            Map.entry("宗政", "zong zheng"), Map.entry("濮阳", "pu yang"), Map.entry("公冶", "gong ye"),
            Map.entry("太叔", "tai shu"), Map.entry("闻人", "wen ren"), Map.entry("拓跋", "tuo ba"),
            Map.entry("赫连", "he lian"), Map.entry("单于", "chan yu"),
            // polyphonic single-character surnames
            Map.entry("曾", "zeng"), Map.entry("单", "shan"), Map.entry("解", "xie"), Map.entry("仇", "qiu"),
            Map.entry("区", "ou"), Map.entry("朴", "piao"), Map.entry("查", "zha"), Map.entry("盖", "ge"),
            Map.entry("乐", "yue"), Map.entry("覃", "qin"), Map.entry("缪", "miao"), Map.entry("黑", "he"),
            Map.entry("翟", "zhai"), Map.entry("秘", "bi"), Map.entry("繁", "po"), Map.entry("员", "yun"),
            Map.entry("召", "shao"), Map.entry("种", "chong"), Map.entry("折", "she"), Map.entry("谌", "chen"),
            Map.entry("隗", "wei"), Map.entry("阚", "kan"), Map.entry("费", "fei"), Map.entry("沈", "shen"),
            Map.entry("厍", "she"), Map.entry("褚", "chu"), Map.entry("闭", "bi"), Map.entry("句", "gou"),
            Map.entry("祭", "zhai"), Map.entry("逄", "pang"), Map.entry("过", "guo"), Map.entry("相", "xiang"),
            Map.entry("蕃", "pi"), Map.entry("纪", "ji"), Map.entry("缴", "jiao"), Map.entry("都", "du"),
            Map.entry("重", "chong"), Map.entry("石", "shi"), Map.entry("燕", "yan"), Map.entry("尉", "yu"));

    /** What a query loses: spaces, apostrophes, dots, middle dots and hyphens, in their common forms. */
    private static final Pattern QUERY_SEPARATORS = Pattern.compile(
            "[\\s\\p{Z}'`\u00b4\u2018\u2019\u02bc.\u3002\u00b7\u2022\u2027\u30fb\u2010-\u2015\u2212\ufe63-]+");

    private NameKeys() {
    }

    /**
     * One search term with its weight, lower first: a name's terms weigh 1 = from the start of the name,
     * 2 = from the start of the given name, 3 = any other part; a household's terms ({@link SearchTerms})
     * add a penalty to its contacts' terms, so they weigh up to 3 more.
     */
    public record Term(String text, int weight) {
        public Term {
            Objects.requireNonNull(text, "text");
            if (weight < 1) {
                throw new IllegalArgumentException("weight " + weight);
            }
        }
    }

    /**
     * The terms of one name, deduplicated (keeping the lowest weight for a text), none longer than
     * {@value #MAX_LENGTH} chars; empty list for a blank name. A term that is a prefix of another term
     * with the same or a lower weight is left out: every query it would match, the longer one matches.
     */
    public static List<Term> termsOf(String name) {
        Reading r = read(name);
        List<Unit> u = r.units().subList(0, Math.min(r.units().size(), MAX_UNITS));
        int n = u.size();
        if (n == 0) {
            return List.of();
        }
        int s = Math.min(r.surname(), n);
        boolean chinese = u.stream().anyMatch(Unit::han);
        Map<String, Integer> terms = new LinkedHashMap<>();

        for (int i = 0; i < n; i++) {
            boolean givenStart = i == s || !u.get(i).han(); // a later word of a Latin name starts a given name
            add(terms, text(u, i, n), i == 0 ? 1 : givenStart ? 2 : 3);
        }
        String surnameText = text(u, 0, s);
        String surnamePinyin = pinyin(u, 0, s);
        String givenPinyin = pinyin(u, s, n);
        String givenInitials = initials(u, s, n);
        add(terms, surnamePinyin + givenPinyin, 1);
        add(terms, initials(u, 0, n), 1);
        add(terms, givenPinyin, 2);
        if (chinese && s < n) {
            add(terms, givenInitials, 2);
            add(terms, surnameText + givenInitials, 1);
            add(terms, surnameText + givenPinyin, 1);
            add(terms, surnamePinyin + givenInitials, 1);
            for (int k = s + 1; k < n; k++) {
                add(terms, text(u, 0, k) + initials(u, k, n), 1);
            }
            int variantTerms = 0;
            for (String other : otherGivenReadings(u, s)) {
                if (variantTerms + 2 > MAX_VARIANT_TERMS || terms.size() + 2 > TERM_BUDGET) {
                    break;
                }
                add(terms, surnamePinyin + other, 1);
                add(terms, other, 2);
                variantTerms += 2;
            }
        }
        return withoutCoveredPrefixes(terms);
    }

    /**
     * What a person typed in the search box, in the form terms use: NFKC (full-width → half-width),
     * lower case, spaces, apostrophes, dots, middle dots (·) and hyphens removed, 'ü'/'u:' → 'v'
     * (also ǖ ǘ ǚ ǜ), accents on other Latin letters removed (é → e, as in the terms), cut to {@value #MAX_LENGTH}
     * chars. Returns "" for blank.
     */
    public static String normaliseQuery(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        String q = Normalizer.normalize(typed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        q = QUERY_SEPARATORS.matcher(q.replace("u:", "v")).replaceAll("");
        return cut(Pinyin.withoutLatinAccents(q, true));
    }

    /**
     * Whether a name answers to what was typed, as search finds it: the {@linkplain #normaliseQuery
     * normalised} text starts one of the name's {@linkplain #termsOf terms} (李明 answers to 李, lm,
     * liming, 李m, ming). Blank text matches no name.
     */
    public static boolean matches(String name, String typed) {
        String q = normaliseQuery(typed);
        return !q.isEmpty() && termsOf(name).stream().anyMatch(t -> t.text().startsWith(q));
    }

    /**
     * Full pinyin without tones or spaces, surname read as a surname: "曾小贤" → "zengxiaoxian".
     * Non-Chinese characters kept lower-cased (letters/digits only, accents removed).
     */
    public static String fullPinyin(String name) {
        List<Unit> u = read(name).units();
        return pinyin(u, 0, u.size());
    }

    /** Initials: "曾小贤" → "zxx"; for a Latin word its first letter. */
    public static String initials(String name) {
        List<Unit> u = read(name).units();
        return initials(u, 0, u.size());
    }

    // ---- reading a name ----

    /** A name's units, the surname's read as a surname, and how many units the surname has. */
    private record Reading(List<Unit> units, int surname) {
    }

    private static Reading read(String name) {
        return withSurname(Pinyin.units(name));
    }

    /**
     * The surname rule, the one place that knows it: a name starting with a compound surname (欧阳)
     * followed by a given name has a two-character surname, any other Chinese name a one-character
     * surname; both take their surname reading from {@link #SURNAMES}, else pinyin4j's first reading.
     * A name starting with a word of another script counts its first word as the surname's place.
     */
    private static Reading withSurname(List<Unit> units) {
        if (units.isEmpty()) {
            return new Reading(units, 0);
        }
        List<Unit> u = new ArrayList<>(units);
        Unit first = u.get(0);
        if (!first.han()) {
            return new Reading(u, 1);
        }
        if (u.size() >= 3 && u.get(1).han()) {
            String compound = SURNAMES.get(first.text() + u.get(1).text());
            if (compound != null) {
                String[] parts = compound.split(" ");
                u.set(0, first.readAs(parts[0]));
                u.set(1, u.get(1).readAs(parts[1]));
                return new Reading(u, 2);
            }
        }
        String single = SURNAMES.get(first.text());
        u.set(0, first.readAs(single != null ? single : first.reading()));
        return new Reading(u, 1);
    }

    // ---- making terms ----

    private static String text(List<Unit> u, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(u.get(i).text());
        }
        return b.toString();
    }

    private static String pinyin(List<Unit> u, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(u.get(i).reading());
        }
        return b.toString();
    }

    private static String initials(List<Unit> u, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(u.get(i).initial());
        }
        return b.toString();
    }

    /**
     * The given name's full pinyin with one character read another way, every occurrence of it (乐乐:
     * yueyue): second readings first, characters in order.
     */
    private static List<String> otherGivenReadings(List<Unit> u, int s) {
        List<String> out = new ArrayList<>();
        int most = u.subList(s, u.size()).stream().mapToInt(x -> x.readings().size()).max().orElse(1);
        for (int r = 1; r < most; r++) {
            Set<String> seen = new LinkedHashSet<>();
            for (int i = s; i < u.size(); i++) {
                Unit changed = u.get(i);
                if (changed.readings().size() <= r || !seen.add(changed.text())) {
                    continue;
                }
                StringBuilder b = new StringBuilder();
                for (int j = s; j < u.size(); j++) {
                    Unit x = u.get(j);
                    b.append(x.text().equals(changed.text()) ? changed.readings().get(r) : x.reading());
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    private static void add(Map<String, Integer> terms, String text, int weight) {
        String t = cut(text);
        if (!t.isEmpty()) {
            terms.merge(t, weight, Math::min);
        }
    }

    private static List<Term> withoutCoveredPrefixes(Map<String, Integer> terms) {
        List<Term> out = new ArrayList<>();
        for (Map.Entry<String, Integer> t : terms.entrySet()) {
            boolean covered = terms.entrySet().stream().anyMatch(o -> o.getKey().length() > t.getKey().length()
                    && o.getKey().startsWith(t.getKey()) && o.getValue() <= t.getValue());
            if (!covered) {
                out.add(new Term(t.getKey(), t.getValue()));
            }
        }
        return List.copyOf(out);
    }

    /** At most {@value #MAX_LENGTH} chars, never splitting a surrogate pair. */
    private static String cut(String s) {
        if (s.length() <= MAX_LENGTH) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return s.substring(0, end);
    }
}

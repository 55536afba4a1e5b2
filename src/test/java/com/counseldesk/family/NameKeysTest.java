package com.counseldesk.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.family.NameKeys.Term;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NameKeysTest {

    /** The best (lowest) weight of the name's terms that the typed query is a prefix of, as the search finds it. */
    private static OptionalInt bestWeight(String name, String typed) {
        String q = NameKeys.normaliseQuery(typed);
        if (q.isEmpty()) {
            return OptionalInt.empty();
        }
        return NameKeys.termsOf(name).stream().filter(t -> t.text().startsWith(q)).mapToInt(Term::weight).min();
    }

    /**
     * Whether the name answers to the typed text ({@link NameKeys#matches}, the rule the login's typing
     * uses), as search finds it.
     */
    private static boolean matches(String name, String typed) {
        boolean matches = NameKeys.matches(name, typed);
        assertEquals(bestWeight(name, typed).isPresent(), matches, () -> name + " / " + typed);
        return matches;
    }

    private static Set<String> texts(String name) {
        return NameKeys.termsOf(name).stream().map(Term::text).collect(Collectors.toSet());
    }

    /** What every term list must be, whatever the name. */
    private static void assertWellFormed(String name) {
        List<Term> terms = NameKeys.termsOf(name);
        Set<String> seen = new HashSet<>();
        for (Term t : terms) {
            assertFalse(t.text().isEmpty(), name + ": empty term");
            assertTrue(t.text().length() <= NameKeys.MAX_LENGTH, name + ": " + t.text());
            assertTrue(t.weight() >= 1 && t.weight() <= 3, name + ": " + t);
            assertFalse(Character.isHighSurrogate(t.text().charAt(t.text().length() - 1)), name + ": split pair");
            assertFalse(Character.isLowSurrogate(t.text().charAt(0)), name + ": split pair");
            assertTrue(seen.add(t.text()), name + ": duplicate " + t.text());
        }
    }

    // ---- surnames read as surnames ----

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource({
        // the polyphonic surnames the office meets most
        "曾小贤, zengxiaoxian, zxx",
        "单雄信, shanxiongxin, sxx",
        "解晓东, xiexiaodong, xxd",
        "仇明, qiuming, qm",
        "区明, ouming, om",
        "朴明, piaoming, pm",
        "查明, zhaming, zm",
        "盖明, geming, gm",
        "乐明, yueming, ym",
        "覃明, qinming, qm",
        "缪明, miaoming, mm",
        "尉迟恭, yuchigong, ycg",
        // the rest of the table
        "黑明, heming, hm",
        "翟明, zhaiming, zm",
        "秘明, biming, bm",
        "繁明, poming, pm",
        "员明, yunming, ym",
        "召明, shaoming, sm",
        "种明, chongming, cm",
        "折明, sheming, sm",
        "谌明, chenming, cm",
        "隗明, weiming, wm",
        "阚明, kanming, km",
        "费明, feiming, fm",
        "沈明, shenming, sm",
        "厍明, sheming, sm",
        "褚明, chuming, cm",
        "闭明, biming, bm",
        "句明, gouming, gm",
        "祭明, zhaiming, zm",
        "逄明, pangming, pm",
        "过明, guoming, gm",
        "相明, xiangming, xm",
        "蕃明, piming, pm",
        "纪明, jiming, jm",
        "缴明, jiaoming, jm",
        "都明, duming, dm",
        "重明, chongming, cm",
        "石明, shiming, sm",
        "燕明, yanming, ym",
        "尉明, yuming, ym",
        // compound surnames
        "欧阳娜娜, ouyangnana, oynn",
        "万俟明, moqiming, mqm",
        "单于明, chanyuming, cym",
        "长孙无忌, zhangsunwuji, zswj",
        "澹台明月, tantaimingyue, ttmy",
        "诸葛亮, zhugeliang, zgl",
        "司马光, simaguang, smg",
        "上官明, shangguanming, sgm",
        "令狐明, linghuming, lhm",
        "拓跋明, tuobaming, tbm",
        "百里明, bailiming, blm",
        // ordinary surnames take the library's reading
        "张小明, zhangxiaoming, zxm",
        "王芳, wangfang, wf",
        "吕布, lvbu, lb",
    })
    void aSurnameIsReadAsASurname(String name, String pinyin, String initials) {
        assertEquals(pinyin, NameKeys.fullPinyin(name));
        assertEquals(initials, NameKeys.initials(name));
        assertTrue(texts(name).contains(pinyin), () -> NameKeys.termsOf(name).toString());
        assertTrue(texts(name).contains(initials), () -> NameKeys.termsOf(name).toString());
    }

    @Test
    void aNameAnswersToItsStartPinyinAndInitialsButNotToBlankText() {
        for (String typed : List.of("李", "李明", "lm", "LM", "liming", "李m", "ming")) {
            assertTrue(matches("李明", typed), typed);
        }
        for (String typed : List.of("", " ", "zw", "lmx", "明李")) {
            assertFalse(matches("李明", typed), typed);
        }
    }

    @Test
    void theSurnameReadingIsTheOnlyOneInTheTerms() {
        assertTrue(matches("曾小贤", "zengxx"));
        assertTrue(matches("曾小贤", "曾xx"));
        assertFalse(matches("曾小贤", "ceng"));
        assertTrue(matches("单雄信", "shan"));
        assertFalse(matches("单雄信", "dan"));
        assertFalse(matches("单雄信", "chan"));
        assertTrue(matches("解晓东", "xiexd"));
        assertFalse(matches("解晓东", "jie"));
    }

    @Test
    void aPolyphonicCharacterAfterTheSurnameIsNotReadAsASurname() {
        // 曾 in the given name takes the library's first reading; 单雄 is no compound surname.
        assertEquals("zhangcengming", NameKeys.fullPinyin("张曾明"));
        assertEquals("shanxiong", NameKeys.fullPinyin("单雄"));
    }

    @Test
    void aCompoundSurnameNeedsAGivenName() {
        // Two characters alone are a surname and a given name; the reading is the same here.
        assertEquals("ouyang", NameKeys.fullPinyin("欧阳"));
        assertEquals(2, bestWeight("欧阳", "阳").getAsInt());
        assertEquals(3, bestWeight("欧阳娜娜", "阳").getAsInt());
        assertEquals(2, bestWeight("欧阳娜娜", "娜娜").getAsInt());
    }

    // ---- the terms of 张小明 ----

    @Test
    void zhangXiaoMingHasEveryKindOfTermWithItsWeight() {
        Set<Term> expected = Set.of(
                new Term("张小明", 1), new Term("小明", 2), new Term("明", 3),
                new Term("zhangxiaoming", 1), new Term("xiaoming", 2),
                new Term("zxm", 1), new Term("xm", 2),
                new Term("张xm", 1), new Term("张xiaoming", 1), new Term("zhangxm", 1), new Term("张小m", 1));

        assertEquals(expected, Set.copyOf(NameKeys.termsOf("张小明")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"张", "张小", "小明", "明", "zhang", "zhangxiaoming", "zhangxiao", "xiaoming", "xiao", "zxm",
        "zx", "xm", "张xm", "张x", "张xiaoming", "张xiao", "zhangxm", "zhangx", "张小m", "Zhang Xiao Ming",
        "ZhangXiaoMing", "ＺＸＭ", "ｚｈａｎｇ", "张 小 明", "zhang-xiao-ming", "zhang'xiao'ming", "  zxm  "})
    void zhangXiaoMingIsFoundBy(String typed) {
        assertTrue(matches("张小明", typed), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lxm", "王", "xiaohong", "张明", "zhangming", "zm", "xiaomingzhang", "小明张", "z x m x",
        "zhangxiaomingg", "张小明明"})
    void zhangXiaoMingIsNotFoundBy(String typed) {
        assertFalse(matches("张小明", typed), typed);
    }

    @Test
    void aMatchFromTheStartWeighsMoreThanOneFromTheGivenNameOrInside() {
        assertEquals(1, bestWeight("张小明", "张").getAsInt());
        assertEquals(1, bestWeight("张小明", "z").getAsInt());
        assertEquals(2, bestWeight("张小明", "小").getAsInt());
        assertEquals(2, bestWeight("张小明", "x").getAsInt());
        assertEquals(3, bestWeight("张小明", "明").getAsInt());
    }

    @Test
    void aOneCharacterGivenNameIsFoundByEveryMixedPrefix() {
        // 张w and zhangw are prefixes of 张wei and zhangwei, so they need no term of their own.
        for (String typed : List.of("张伟", "伟", "张w", "张wei", "zhangw", "zhangwei", "zw", "w", "wei")) {
            assertTrue(matches("张伟", typed), typed);
        }
        assertEquals(2, bestWeight("张伟", "w").getAsInt());
        assertFalse(texts("张伟").contains("张w"));
    }

    @Test
    void aFourCharacterNameIsFoundByALongerPrefixInCharacters() {
        assertTrue(matches("张小明华", "张小mh"));
        assertTrue(matches("张小明华", "张小明h"));
        assertTrue(matches("张小明华", "zhangxmh"));
        assertTrue(matches("张小明华", "明华"));
        assertEquals(3, bestWeight("张小明华", "明华").getAsInt());
    }

    // ---- readings of the given name ----

    @Test
    void aPolyphonicGivenNameIsFoundByItsOtherReadingsToo() {
        assertEquals("zhangle", NameKeys.fullPinyin("张乐"));
        assertTrue(matches("张乐", "zhangle"));
        assertTrue(matches("张乐", "zhangyue"));
        assertEquals(2, bestWeight("张乐", "yue").getAsInt());
        assertTrue(matches("王朝", "wangzhao"));
        assertTrue(matches("张长江", "zhangchangjiang"));
    }

    @Test
    void aRepeatedCharacterChangesItsReadingEverywhere() {
        assertTrue(matches("张乐乐", "zhangyueyue"));
        assertTrue(matches("张乐乐", "yueyue"));
    }

    @Test
    void otherReadingsAreLimited() {
        // 乐 (le, yue) and 行 (xing, hang, heng): two other spellings at most, four terms.
        Set<String> t = texts("张乐行");
        assertTrue(t.contains("zhangyuexing"), t::toString);
        assertTrue(t.contains("zhanglehang"), t::toString);
        assertTrue(t.contains("zhanglexing"), t::toString);
        for (String third : List.of("zhangleheng", "zhangyuehang", "zhangyueheng", "leheng", "yuehang")) {
            assertFalse(t.contains(third), t::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"王芳", "张乐", "张小明", "张乐行", "单雄信", "曾乐乐", "张长江华", "欧阳娜娜", "长孙角和", "诸葛行长",
        "司马重华", "朝行长乐", "查和还藏", "尉迟乐行"})
    void aTwoToFourCharacterNameHasAboutFifteenTerms(String name) {
        assertWellFormed(name);
        assertTrue(NameKeys.termsOf(name).size() <= 16, () -> NameKeys.termsOf(name).toString());
    }

    // ---- ü ----

    @Test
    void lvIsSpelledWithV() {
        assertEquals("lv", NameKeys.fullPinyin("吕"));
        assertEquals("nv", NameKeys.fullPinyin("女"));
        for (String typed : List.of("lv", "lü", "LÜ", "lu:", "LU:", "lǚ", "lvxb", "吕xb", "吕xiaobu")) {
            assertTrue(matches("吕小布", typed), typed);
        }
        assertFalse(matches("吕小布", "lu"));
    }

    // ---- what the desk types ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Zhang Xiao Ming|zhangxiaoming",
        "ＺＸＭ|zxm",
        "ｚｈａｎｇ　ｘｍ|zhangxm",
        "张　小明|张小明",
        "Xi'an|xian",
        "O’Brien|obrien",
        "Anna-Lena|annalena",
        "Anna－Lena|annalena",
        "Anna–Lena|annalena",
        "阿卜杜拉·买买提|阿卜杜拉买买提",
        "阿卜杜拉・买买提|阿卜杜拉买买提",
        "J.K.|jk",
        "张．小明|张小明",
        "lu:|lv",
        "Lü Bu|lvbu",
        "nǚ|nv",
        "Émile|emile",
        "Straße|strasse",
        "Ａ１２|a12",
    })
    void aQueryIsNormalisedToTheFormOfTheTerms(String typed, String expected) {
        assertEquals(expected, NameKeys.normaliseQuery(typed));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n", "　", " \u00a0 "})
    void blankIsNothing(String blank) {
        assertEquals("", NameKeys.normaliseQuery(blank));
        assertEquals(List.of(), NameKeys.termsOf(blank));
        assertEquals("", NameKeys.fullPinyin(blank));
        assertEquals("", NameKeys.initials(blank));
    }

    @Test
    void punctuationAloneMakesNoTerm() {
        assertEquals(List.of(), NameKeys.termsOf("·-'()"));
        assertEquals("", NameKeys.normaliseQuery(" · - ' . "));
    }

    // ---- names in other scripts ----

    @Test
    void aLatinNameIsItsWordsJoinedEachLaterWordAndItsInitials() {
        assertEquals(Set.of(new Term("tomsmith", 1), new Term("smith", 2), new Term("ts", 1)),
                Set.copyOf(NameKeys.termsOf("Tom Smith")));
        assertEquals(Set.of(new Term("emilezola", 1), new Term("zola", 2), new Term("ez", 1)),
                Set.copyOf(NameKeys.termsOf("Émile Zola")));
        assertEquals(Set.of(new Term("anamaria", 1), new Term("maria", 2), new Term("am", 1)),
                Set.copyOf(NameKeys.termsOf("Ana-María")));
        assertEquals("tomsmith", NameKeys.fullPinyin("Tom Smith"));
        assertEquals("ts", NameKeys.initials("Tom Smith"));
        assertEquals("emilezola", NameKeys.fullPinyin("Émile Zola"));
    }

    @Test
    void aLatinNameIsFoundAsTyped() {
        for (String typed : List.of("tom", "Tom Smith", "TOMS", "smith", "ts", "SMI")) {
            assertTrue(matches("Tom Smith", typed), typed);
        }
        for (String typed : List.of("Émile", "emile", "zola", "ÉMILE ZOLA", "ez")) {
            assertTrue(matches("Émile Zola", typed), typed);
        }
        for (String typed : List.of("O'Brien", "obrien", "Anna-Lena O'Brien", "lena", "annalena")) {
            assertTrue(matches("Anna-Lena O'Brien", typed), typed);
        }
        assertFalse(matches("Tom Smith", "mith"));
        assertFalse(matches("Tom Smith", "st"));
    }

    @Test
    void anUmlautIsFoundTypedOrLeftOut() {
        assertEquals("annamuller", NameKeys.fullPinyin("Anna Müller"));
        assertTrue(matches("Anna Müller", "Müller"));
        assertTrue(matches("Anna Müller", "muller"));
        assertTrue(matches("Anna Müller", "Anna Müller"));
        assertTrue(matches("Anna Müller", "annamuller"));
    }

    @Test
    void otherScriptsAreKeptAsWords() {
        assertEquals("ивановиван", NameKeys.fullPinyin("Иванов Иван"));
        assertTrue(matches("Иванов Иван", "Иван"));
        assertEquals("김민준", NameKeys.fullPinyin("김민준"));
        assertTrue(matches("김민준", "김민"));
    }

    @Test
    void aMixedChineseAndLatinNameIsReadPartByPart() {
        assertEquals("lianna", NameKeys.fullPinyin("李Anna"));
        assertEquals("la", NameKeys.initials("李Anna"));
        for (String typed : List.of("李", "李anna", "李a", "lianna", "anna", "la")) {
            assertTrue(matches("李Anna", typed), typed);
        }
        assertEquals("annali", NameKeys.fullPinyin("Anna 李"));
        assertTrue(matches("Anna 李", "李"));
        assertEquals("zhangxiaoming2", NameKeys.fullPinyin("张小明2"));
        assertEquals("ouyangmary", NameKeys.fullPinyin("欧阳Mary"));
        for (String name : List.of("李Anna", "Anna 李", "张小明2", "欧阳Mary", "Tom 张 Smith", "A张B李C")) {
            assertWellFormed(name);
        }
    }

    @Test
    void aCharacterWithoutPinyinReadsAsItself() {
        // U+20000, outside the library's table: kept as the character, so it is still found.
        String name = "𠀀明";
        assertEquals("𠀀ming", NameKeys.fullPinyin(name));
        assertTrue(matches(name, "𠀀"));
        assertTrue(matches(name, "ming"));
        assertWellFormed(name);
    }

    // ---- limits ----

    @Test
    void noTermIsLongerThanFortyChars() {
        String name = "Wolfeschlegelsteinhausenbergerdorff Hubert Blaine Wolfe";
        List<Term> terms = NameKeys.termsOf(name);

        assertWellFormed(name);
        assertTrue(terms.contains(new Term("wolfeschlegelsteinhausenbergerdorffhuber", 1)), terms::toString);
        assertEquals(40, NameKeys.normaliseQuery(name).length());
        assertTrue(matches(name, name), "the whole name typed finds it");
        assertTrue(matches(name, "hubertblainewolfe"));
    }

    @Test
    void aLongChineseNameIsCutToo() {
        String name = "张".repeat(40);
        assertWellFormed(name);
        assertTrue(matches(name, name));
        assertTrue(matches(name, "zhang".repeat(8)));
        assertTrue(matches(name, "zhang".repeat(9)), "a query is cut like the terms");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String name = "明" + "𠀀".repeat(30);
        assertWellFormed(name);
        assertFalse(Character.isHighSurrogate(NameKeys.normaliseQuery(name).charAt(38)));
        assertEquals(39, NameKeys.normaliseQuery(name).length());
    }

    @Test
    void fiveHundredCharactersAreSafe() {
        for (String input : List.of("张".repeat(500), "a".repeat(500), "Tom ".repeat(125), "张a".repeat(250),
                "𠀀".repeat(250), "乐行".repeat(250))) {
            assertWellFormed(input);
            assertTrue(NameKeys.termsOf(input).size() <= 100, () -> input.substring(0, 4) + ": too many terms");
            assertTrue(NameKeys.normaliseQuery(input).length() <= NameKeys.MAX_LENGTH);
            assertFalse(NameKeys.fullPinyin(input).isEmpty());
            assertFalse(NameKeys.initials(input).isEmpty());
        }
    }

    @Test
    void anyTextIsSafe() {
        Random random = new Random(20_251_101);
        int[][] ranges = {{0x20, 0x7e}, {0xa0, 0x24f}, {0x300, 0x36f}, {0x2000, 0x206f}, {0x3000, 0x30ff},
            {0x4e00, 0x9fff}, {0xd800, 0xdfff}, {0xff00, 0xffef}, {0x1f300, 0x1f64f}, {0x20000, 0x2a6df}};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int j = 0; j < length; j++) {
                int[] r = ranges[random.nextInt(ranges.length)];
                int cp = r[0] + random.nextInt(r[1] - r[0] + 1);
                if (cp >= 0xd800 && cp <= 0xdfff) {
                    b.append((char) cp);
                } else {
                    b.appendCodePoint(cp);
                }
            }
            String input = b.toString();
            assertWellFormed(input);
            NameKeys.normaliseQuery(input);
            NameKeys.fullPinyin(input);
            NameKeys.initials(input);
        }
    }

    @Test
    void theNameAsTypedFindsItself() {
        for (String name : List.of("张小明", "欧阳娜娜", "曾小贤", "Tom Smith", "Émile Zola", "Ana-María",
                "Anna-Lena O'Brien", "Anna Müller", "李Anna", "阿卜杜拉·买买提", "吕小布", "Ｔｏｍ")) {
            assertEquals(1, bestWeight(name, name).getAsInt(), name);
            assertEquals(1, bestWeight(name, NameKeys.fullPinyin(name)).getAsInt(), name);
            assertEquals(1, bestWeight(name, NameKeys.initials(name)).getAsInt(), name);
        }
    }
}

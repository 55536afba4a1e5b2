package com.counseldesk.report.importing;

import com.counseldesk.common.Phone;
import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/** How the words and numbers people typed into old registers are read: dates, numbers, grades, channels. */
public final class CellWords {
    private static final Pattern FULL_DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?"
                    + "(?:[\\sT]*(\\d{1,2})\\s*[:：时点]\\s*(\\d{1,2})?)?.*");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SHORT_DATE = Pattern.compile(
            "(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?(?:\\s+(\\d{1,2})[:：](\\d{2}))?");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.\\d+)?");
    private static final Pattern SEPARATORS = Pattern.compile("[,，;；/、|\\n]+|\\s{2,}|\\s*或\\s*");
    /** Chinese characters around a number ("王女士 138…", "138…（妈妈）"), except the extension words. */
    private static final Pattern WORDS = Pattern.compile("[\\p{IsHan}&&[^转分机]]+|[()（）]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final int CHINA = 86;
    private static final Pattern BLANKS = Pattern.compile("\\s");
    private static final Pattern TOTAL = Pattern.compile("^\\s*(合\\s*计|总\\s*计|小\\s*计|共计)");

    private static final Map<String, Grade> GRADES = Map.ofEntries(
            Map.entry("幼儿园", Grade.KINDERGARTEN), Map.entry("大班", Grade.KINDERGARTEN),
            Map.entry("中班", Grade.KINDERGARTEN), Map.entry("小班", Grade.KINDERGARTEN),
            Map.entry("一年级", Grade.P1), Map.entry("二年级", Grade.P2), Map.entry("三年级", Grade.P3),
            Map.entry("四年级", Grade.P4), Map.entry("五年级", Grade.P5), Map.entry("六年级", Grade.P6),
            Map.entry("小一", Grade.P1), Map.entry("小二", Grade.P2), Map.entry("小三", Grade.P3),
            Map.entry("小四", Grade.P4), Map.entry("小五", Grade.P5), Map.entry("小六", Grade.P6),
            Map.entry("初一", Grade.J1), Map.entry("初二", Grade.J2), Map.entry("初三", Grade.J3),
            Map.entry("七年级", Grade.J1), Map.entry("八年级", Grade.J2), Map.entry("九年级", Grade.J3),
            Map.entry("预初", Grade.P6),
            Map.entry("高一", Grade.S1), Map.entry("高二", Grade.S2), Map.entry("高三", Grade.S3));

    private CellWords() {
    }

    /** A 合计 / 总计 line that ends a sheet: not a family. */
    public static boolean isTotalLine(SheetRow row) {
        return row.cells().stream().filter(c -> !c.isBlank()).findFirst().map(c -> TOTAL.matcher(c).find())
                .orElse(false);
    }

    /**
     * A date as registers write it: 2025/3/5, 2025-03-05, 2025.3.5, 2025年3月5日 (a time may follow),
     * 20250305, an Excel date number (45721), or 3.5 / 3月5日 without the year, which is then the
     * {@code yearHint}'s (the year of the rows above), or last year when that would be after {@code today}.
     */
    public static Optional<LocalDateTime> date(String text, int yearHint, LocalDate today) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher m = FULL_DATE.matcher(t);
            if (m.matches()) {
                return Optional.of(at(Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.group(4), m.group(5)));
            }
            m = COMPACT_DATE.matcher(t);
            if (m.matches()) {
                return Optional.of(at(Integer.parseInt(m.group(1)), m.group(2), m.group(3), null, null));
            }
            if (SERIAL.matcher(t).matches()) {
                double serial = Double.parseDouble(t);
                if (serial >= 20_000 && serial < 80_000) {
                    return Optional.of(DateUtil.getLocalDateTime(serial).withSecond(0).withNano(0));
                }
                return Optional.empty();
            }
            m = SHORT_DATE.matcher(t);
            if (m.matches()) {
                LocalDateTime d = at(yearHint, m.group(1), m.group(2), m.group(3), m.group(4));
                return Optional.of(d.toLocalDate().isAfter(today) ? d.minusYears(1) : d);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static LocalDateTime at(int year, String month, String day, String hour, String minute) {
        LocalDate d = LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        if (hour == null) {
            return d.atStartOfDay();
        }
        return d.atTime(LocalTime.of(Integer.parseInt(hour), minute == null ? 0 : Integer.parseInt(minute)));
    }

    /** The numbers of a phone cell, in order. */
    public record Phones(List<Phone> numbers, List<String> unreadable) {
    }

    /**
     * The numbers in a cell: one, or several apart by a comma, slash, 、, a new line or 或 (two contacts
     * of one household), mobiles or landlines (010-62345678), with names or brackets around them.
     */
    public static Phones phones(String text) {
        List<Phone> numbers = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (String part : SEPARATORS.split(text == null ? "" : text.strip())) {
            String p = WORDS.matcher(part).replaceAll(" ").strip();
            if (p.isEmpty()) {
                continue;
            }
            Optional<Phone> whole = phone(p);
            if (whole.isPresent()) {
                add(numbers, whole.get());
                continue;
            }
            List<Phone> pieces = new ArrayList<>();
            String[] words = SPACES.split(p);
            for (String piece : words) {
                phone(piece).ifPresent(pieces::add);
            }
            if (pieces.size() > 1 && pieces.size() == words.length) {
                pieces.forEach(n -> add(numbers, n));
            } else {
                unreadable.add(part.strip());
            }
        }
        return new Phones(List.copyOf(numbers), List.copyOf(unreadable));
    }

    private static void add(List<Phone> numbers, Phone phone) {
        if (numbers.stream().noneMatch(n -> n.base().equals(phone.base()))) {
            numbers.add(phone);
        }
    }

    private static Optional<Phone> phone(String text) {
        if (MOBILE.matcher(text).matches()) {
            // What most cells hold: a mobile's eleven digits, which are its stored form when valid. Asking
            // libphonenumber only whether it is valid costs a third of parsing it; a mobile it finds
            // invalid is parsed in full below, for the same answer as anywhere else.
            PhoneNumber number = new PhoneNumber().setCountryCode(CHINA).setNationalNumber(Long.parseLong(text));
            if (NUMBERS.isValidNumber(number)) {
                return Optional.of(new Phone(text));
            }
        }
        try {
            return Optional.of(Phone.parse(text));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** 初二, 八年级, 高一, 小学三年级, 大班 …; what is not a grade is left open. */
    public static Grade grade(String text) {
        String t = text == null ? "" : BLANKS.matcher(text).replaceAll("").replace("小学", "").replace("初中", "初")
                .replace("高中", "高");
        if (t.isEmpty()) {
            return Grade.UNKNOWN;
        }
        Grade exact = GRADES.get(t);
        if (exact != null) {
            return exact;
        }
        return GRADES.entrySet().stream().filter(e -> t.contains(e.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue).orElse(Grade.UNKNOWN);
    }

    public static Gender gender(String text) {
        String t = text == null ? "" : text.strip();
        return t.startsWith("男") ? Gender.MALE : t.startsWith("女") ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /** The channel a 来源 cell names, or the register's own when it names none the office knows. */
    public static Channel channel(String text, Channel otherwise) {
        String t = text == null ? "" : text;
        if (t.contains("转介绍") || t.contains("介绍") || t.contains("老带新")) {
            return Channel.REFERRAL;
        }
        if (t.contains("陌拜") || t.contains("外呼")) {
            return Channel.COLD_CALL;
        }
        if (t.contains("邀约")) {
            return Channel.INVITED;
        }
        if (t.contains("来电") || t.contains("热线") || t.contains("电话")) {
            return Channel.INBOUND_CALL;
        }
        if (t.contains("合作") || t.contains("渠道")) {
            return Channel.PARTNER;
        }
        if (t.contains("地推") || t.contains("传单") || t.contains("广告") || t.contains("活动") || t.contains("市场")) {
            return Channel.MARKETING;
        }
        if (t.contains("自然") || t.contains("直接") || t.contains("路过") || t.contains("上门")) {
            return Channel.DIRECT;
        }
        return otherwise;
    }
}

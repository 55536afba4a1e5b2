package com.counseldesk.contract;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office's format of contract numbers (a setting): text with a date part in braces and the
 * sequence number, e.g. {@code HT{yyyyMM}-{seq:3}} gives HT202611-001, HT202611-002 … and starts again
 * at 001 in December. A date part is a pattern of {@code y}, {@code M} and {@code d} ({@code {yyyy}},
 * {@code {yyMM}}, {@code {yyyyMMdd}}); {@code {seq:N}} is the sequence with at least N digits, and
 * must be there once. The sequence counts per value of the rest of the number (its period): per month
 * for {@code {yyyyMM}}, per year for {@code {yyyy}}.
 */
public final class ContractNumbers {
    /** The settings key of the format. */
    public static final String SETTING = "contractNumber.format";
    public static final String DEFAULT = "HT{yyyyMM}-{seq:3}";
    public static final String FIELD = "numberFormat";
    public static final int NUMBER_MAX = 30;
    private static final Pattern PART = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern SEQ = Pattern.compile("seq(?::([1-6]))?");
    private static final Pattern DATE = Pattern.compile("[yMd]+");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_\\-/.#]*");
    private static final String SEQ_MARK = "{seq}";
    private final String format;

    private ContractNumbers(String format) {
        this.format = format;
    }

    /** The format typed by a manager, checked; refused beside {@link #FIELD} with what is wrong. */
    public static ContractNumbers of(String typed) {
        String f = Text.required(FIELD, typed, NUMBER_MAX);
        Matcher m = PART.matcher(f);
        int seqs = 0;
        int last = 0;
        StringBuilder literals = new StringBuilder();
        while (m.find()) {
            literals.append(f, last, m.start());
            last = m.end();
            if (SEQ.matcher(m.group(1)).matches()) {
                seqs++;
            } else if (!DATE.matcher(m.group(1)).matches()) {
                throw new ValidationException(FIELD, "error.numberFormat.part", m.group(), "{yyyyMM}", "{seq:3}");
            }
        }
        literals.append(f.substring(last));
        if (seqs != 1) {
            throw new ValidationException(FIELD, "error.numberFormat.seq", "{seq:3}");
        }
        if (!LITERAL.matcher(literals).matches()) {
            throw new ValidationException(FIELD, "error.numberFormat.chars");
        }
        return new ContractNumbers(f);
    }

    public String format() {
        return format;
    }

    /** The number's period on {@code day}: the format with its date parts filled and the sequence left open. */
    public String period(LocalDate day) {
        Matcher m = PART.matcher(format);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String part = SEQ.matcher(m.group(1)).matches() ? SEQ_MARK
                    : day.format(DateTimeFormatter.ofPattern(m.group(1).replace('y', 'u')));
            m.appendReplacement(out, Matcher.quoteReplacement(part));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The {@code seq}-th number of the period of {@code day}. */
    public String number(LocalDate day, int seq) {
        Matcher m = PART.matcher(format);
        int digits = 1;
        while (m.find()) {
            Matcher s = SEQ.matcher(m.group(1));
            if (s.matches() && s.group(1) != null) {
                digits = Integer.parseInt(s.group(1));
            }
        }
        String n = String.format("%0" + digits + "d", seq);
        return period(day).replace(SEQ_MARK, n);
    }

    /** A number typed by the counselor (a pre-printed contract's): blank for the next generated one. */
    public static String typed(String number) {
        String n = Text.optional(NewContract.NUMBER, number, NUMBER_MAX);
        if (n.contains(" ")) {
            throw new ValidationException(NewContract.NUMBER, "error.contract.numberSpaces");
        }
        return n;
    }
}

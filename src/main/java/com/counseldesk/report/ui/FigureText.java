package com.counseldesk.report.ui;

import com.counseldesk.common.Fen;
import com.counseldesk.report.Figure;
import com.counseldesk.report.Measure;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A figure's value as the dashboard shows it: 12, ¥1,234.50, 66.7% (3/4), or — for a rate with no base. */
final class FigureText {
    private FigureText() {
    }

    static String of(Figure figure, Measure m) {
        return switch (figure.kind()) {
            case COUNT -> String.format("%,d", m.value());
            case MONEY -> Fen.of(m.value()).shown();
            case RATE -> m.base() == 0 ? "—" : percent(m.value(), m.base()) + " (" + m.value() + "/" + m.base() + ")";
        };
    }

    /** Half up to one decimal, in exact arithmetic: 2/3 is 66.7%. */
    static String percent(long part, long base) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP) + "%";
    }
}

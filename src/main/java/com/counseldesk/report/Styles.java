package com.counseldesk.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's few cell styles, made once (a workbook holds at most 64,000 styles, and each one
 * made per cell would bloat the file): headers, text, text that must never run as a formula, whole
 * numbers, yuan, percentages, days and times.
 */
final class Styles {
    static final String MONEY_FORMAT = "\"¥\"#,##0.00";
    static final String PERCENT_FORMAT = "0.0%";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle quoted;
    final CellStyle count;
    final CellStyle decimal;
    final CellStyle money;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle boldText;

    Styles(Workbook wb) {
        DataFormat formats = wb.createDataFormat();
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

        title = wb.createCellStyle();
        title.setFont(big);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        boldText = wb.createCellStyle();
        boldText.setFont(bold);
        text = wb.createCellStyle();
        quoted = wb.createCellStyle();
        quoted.setQuotePrefixed(true);
        count = number(wb, formats, "#,##0");
        decimal = number(wb, formats, "#,##0.0");
        money = number(wb, formats, MONEY_FORMAT);
        percent = number(wb, formats, PERCENT_FORMAT);
        date = number(wb, formats, DATE_FORMAT);
        dateTime = number(wb, formats, DATE_TIME_FORMAT);
    }

    private static CellStyle number(Workbook wb, DataFormat formats, String format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(formats.getFormat(format));
        return s;
    }
}

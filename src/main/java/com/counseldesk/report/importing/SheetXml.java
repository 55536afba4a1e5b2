package com.counseldesk.report.importing;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The cells of a sheet's XML as text, each as POI's {@link XSSFSheetXMLHandler} gives it (formulas by
 * their results, numbers through the formatter with their style's format), to the same
 * {@link XSSFSheetXMLHandler.SheetContentsHandler}. What it leaves out: a rich text object made for
 * every inline string, only to read the text back. Sheets written by streaming tools keep all their
 * strings inline, and those objects were a third of the reading of a large register. An inline
 * string with an escaped character ({@code _x000D_}) is still read through POI's rich text.
 */
final class SheetXml extends DefaultHandler {
    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private enum Type { BOOLEAN, ERROR, FORMULA, INLINE_STRING, SST_STRING, NUMBER }

    /** A style's number format. */
    private record Format(int index, String text) {
    }

    private final StylesTable styles;
    private final SharedStrings strings;
    private final DataFormatter formatter;
    private final XSSFSheetXMLHandler.SheetContentsHandler output;
    private final Map<Integer, Format> formats = new HashMap<>();
    private final StringBuilder value = new StringBuilder();
    private boolean valueOpen;
    private boolean inlineOpen;
    private Type type = Type.NUMBER;
    private Format format;
    private String cellRef;
    private int rowNum;
    private int nextRowNum;

    SheetXml(StylesTable styles, SharedStrings strings, DataFormatter formatter,
            XSSFSheetXMLHandler.SheetContentsHandler output) {
        this.styles = styles;
        this.strings = strings;
        this.formatter = formatter;
        this.output = output;
    }

    private boolean isText(String name) {
        return "v".equals(name) || "inlineStr".equals(name) || "t".equals(name) && inlineOpen;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (uri != null && !uri.equals(NS)) {
            return;
        }
        if (isText(localName)) {
            valueOpen = true;
            if (!inlineOpen) {
                value.setLength(0);
            }
        } else if ("is".equals(localName)) {
            inlineOpen = true;
        } else if ("f".equals(localName)) {
            if (type == Type.NUMBER) {
                type = Type.FORMULA;
            }
        } else if ("row".equals(localName)) {
            String r = attributes.getValue("r");
            rowNum = r != null ? Integer.parseInt(r.trim()) - 1 : nextRowNum;
            output.startRow(rowNum);
        } else if ("c".equals(localName)) {
            startCell(attributes);
        }
    }

    private void startCell(Attributes attributes) {
        type = Type.NUMBER;
        format = null;
        cellRef = attributes.getValue("r");
        String t = attributes.getValue("t");
        if ("b".equals(t)) {
            type = Type.BOOLEAN;
        } else if ("e".equals(t)) {
            type = Type.ERROR;
        } else if ("inlineStr".equals(t)) {
            type = Type.INLINE_STRING;
        } else if ("s".equals(t)) {
            type = Type.SST_STRING;
        } else if ("str".equals(t)) {
            type = Type.FORMULA;
        } else if (styles != null) {
            String s = attributes.getValue("s");
            if (s != null) {
                format = format(Integer.parseInt(s.trim()));
            } else if (styles.getNumCellStyles() > 0) {
                format = format(0);
            }
        }
    }

    private Format format(int styleIndex) {
        return formats.computeIfAbsent(styleIndex, i -> {
            XSSFCellStyle style = styles.getStyleAt(i);
            if (style == null) {
                return null;
            }
            int index = style.getDataFormat();
            String text = style.getDataFormatString();
            return new Format(index, text != null ? text : BuiltinFormats.getBuiltinFormat(index));
        });
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (uri != null && !uri.equals(NS)) {
            return;
        }
        if (isText(localName)) {
            valueOpen = false;
            if (!inlineOpen) {
                outputCell();
                value.setLength(0);
            }
        } else if ("is".equals(localName)) {
            inlineOpen = false;
            outputCell();
            value.setLength(0);
        } else if ("row".equals(localName)) {
            output.endRow(rowNum);
            nextRowNum = rowNum + 1;
        } else if ("sheetData".equals(localName)) {
            output.endSheet();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (valueOpen) {
            value.append(ch, start, length);
        }
    }

    private void outputCell() {
        String text = switch (type) {
            case BOOLEAN -> value.charAt(0) == '0' ? "FALSE" : "TRUE";
            case ERROR -> "ERROR:" + value;
            case FORMULA -> formatted(value.toString());
            case INLINE_STRING -> {
                String s = value.toString();
                yield s.contains("_x") ? new XSSFRichTextString(s).toString() : s;
            }
            case SST_STRING -> shared(value.toString().trim());
            case NUMBER -> value.length() == 0 ? "" : formatted(value.toString());
        };
        output.cell(cellRef, text, null);
    }

    private String formatted(String raw) {
        if (format == null || format.text() == null) {
            return raw;
        }
        try {
            return formatter.formatRawCellContents(Double.parseDouble(raw.trim()), format.index(), format.text());
        } catch (RuntimeException e) {
            return raw;
        }
    }

    private String shared(String index) {
        if (index.isEmpty()) {
            return null;
        }
        try {
            return strings.getItemAt(Integer.parseInt(index)).toString();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package com.counseldesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thousands of typed texts, the dangerous ones above all, written and read back: every one is text, as typed. */
class SafeTextTest {
    private static final String[] STARTS = {"=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠", "'", "\"", " ", "",
        "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")", "+1-2", "-2+3", "@SUM(1)", "=1+1", "\r\n=1"};
    private static final String[] PARTS = {"张伟", "SUM(A1)", "1+1", "cmd|' /C calc'!A0", "13800000000", "\n", "\u0000",
        "\u0007", "\uFFFE", "😀", "\uD800", "A", "中文", "&<>", "\"'", " "};

    @TempDir
    Path folder;

    static List<String> generated(int n) {
        Random random = new Random(11);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder s = new StringBuilder(STARTS[random.nextInt(STARTS.length)]);
            int parts = random.nextInt(4);
            for (int p = 0; p < parts; p++) {
                s.append(PARTS[random.nextInt(PARTS.length)]);
            }
            out.add(s.toString());
        }
        return out;
    }

    @Test
    void whatLooksLikeAFormula() {
        for (String s : List.of("=1", "+1", "-1", "@a", "\tx", "\rx", "＝1")) {
            assertTrue(SafeText.looksLikeFormula(s), s);
        }
        for (String s : List.of("", "1", "张伟", " =1", "'=1", "a=1")) {
            assertFalse(SafeText.looksLikeFormula(s), s);
        }
    }

    @Test
    void cleanDropsWhatXmlCannotHoldAndCutsToACell() {
        assertEquals("ab", SafeText.clean("a\u0000b"));
        assertEquals("a😀b", SafeText.clean("a😀b"));
        assertEquals("ab", SafeText.clean("a\uD800b"));
        assertEquals("a\tb\nc", SafeText.clean("a\tb\nc"));
        assertEquals(SafeText.MAX, SafeText.clean("x".repeat(40_000)).length());
    }

    @Test
    void thousandsOfTypedTextsComeBackAsTheTextTheyWere() throws IOException {
        List<String> texts = generated(5_000);
        Path file = folder.resolve("texts.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Cells cells = new Cells(new Styles(wb));
            Sheet sheet = wb.createSheet("t");
            for (int i = 0; i < texts.size(); i++) {
                cells.text(sheet.createRow(i), 0, texts.get(i));
            }
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
            wb.dispose();
        }
        int risky = 0;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (int i = 0; i < texts.size(); i++) {
                String expected = SafeText.clean(texts.get(i));
                Row row = sheet.getRow(i);
                Cell cell = row == null ? null : row.getCell(0);
                if (expected.isEmpty()) {
                    assertTrue(cell == null, "row " + i);
                    continue;
                }
                assertEquals(CellType.STRING, cell.getCellType(), "row " + i);
                assertEquals(expected, cell.getStringCellValue(), "row " + i);
                boolean formulaLike = SafeText.looksLikeFormula(expected);
                assertEquals(formulaLike, cell.getCellStyle().getQuotePrefixed(), "row " + i + ": " + expected);
                if (formulaLike) {
                    risky++;
                }
            }
        }
        assertTrue(risky > 2_000, "most generated texts start like a formula: " + risky);
    }
}

package com.counseldesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.testutil.SqliteOnly;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@SqliteOnly
class SafeCellsTest {
    private static final List<String> FORMULAS = List.of("=1+2", "+86 138", "-cmd|' /C calc'!A0", "@SUM(A1)",
            "\t=1", "\r=1");

    @Test
    void textThatLooksLikeAFormulaIsKeptAsQuotedText() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            SafeCells cells = new SafeCells(book);
            Row row = book.createSheet("s").createRow(0);
            for (int i = 0; i < FORMULAS.size(); i++) {
                cells.text(row, i, FORMULAS.get(i));
            }
            cells.text(row, FORMULAS.size(), "张小明 13812345678");
            book.write(bytes);
        }

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Row row = read.getSheetAt(0).getRow(0);
            for (int i = 0; i < FORMULAS.size(); i++) {
                Cell cell = row.getCell(i);
                assertEquals(CellType.STRING, cell.getCellType(), FORMULAS.get(i));
                assertEquals(FORMULAS.get(i), cell.getStringCellValue(), "kept as typed");
                assertTrue(cell.getCellStyle().getQuotePrefixed(), FORMULAS.get(i));
            }
            Cell plain = row.getCell(FORMULAS.size());
            assertEquals("张小明 13812345678", plain.getStringCellValue());
            assertFalse(plain.getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void onlyTheDangerousFirstCharactersCount() {
        FORMULAS.forEach(f -> assertTrue(SafeText.looksLikeFormula(f), f));
        for (String ok : new String[] {"", "张三", "138-1234-5678", "a=b", " =1"}) {
            assertFalse(SafeText.looksLikeFormula(ok), ok);
        }
        assertFalse(SafeText.looksLikeFormula(null));
    }
}

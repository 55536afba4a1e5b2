package com.counseldesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Progress;
import com.counseldesk.common.db.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook of the hand-built October, read back cell by cell as a spreadsheet program would. */
class MonthlyReportTest {
    @TempDir
    static Path folder;
    static Database db;
    static Path file;
    static XSSFWorkbook wb;

    @BeforeAll
    static void write() throws IOException {
        db = HandBuiltMonth.open(folder);
        file = folder.resolve("out").resolve("月度报表-2026-10.xlsx");
        MonthlyReport.write(db, YearMonth.of(2026, 10), file, Progress.NONE);
        wb = new XSSFWorkbook(Files.newInputStream(file));
    }

    @AfterAll
    static void close() throws IOException {
        wb.close();
        db.close();
    }

    private static Row row(Sheet sheet, String firstCell) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(firstCell)) {
                return r;
            }
        }
        throw new AssertionError("no row " + firstCell + " in " + sheet.getSheetName());
    }

    private static List<String> headers(Sheet sheet, int row) {
        List<String> out = new ArrayList<>();
        sheet.getRow(row).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    @Test
    void theSheetsInOrder() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("汇总", "渠道", "咨询师", "类型与意向", "总结-李明", "总结-张伟", "总结-赵丽",
                "明细-新增家庭", "明细-热线", "明细-热线轮值", "明细-邀约", "明细-来访", "明细-咨询记录", "明细-回访",
                "明细-合同", "明细-收付款", "说明"), names);
    }

    @Test
    void theSummaryHasTheMonthBesideTheOneBeforeInRealNumbers() {
        Sheet s = wb.getSheet("汇总");
        assertEquals(List.of("指标", "本月 2026-10", "上月 2026-09", "变化", "本月分子", "本月分母"), headers(s, 2));
        Row contracts = row(s, "签约");
        assertEquals(3, contracts.getCell(1).getNumericCellValue());
        assertEquals(1, contracts.getCell(2).getNumericCellValue());
        assertEquals(2, contracts.getCell(3).getNumericCellValue());
        Row amount = row(s, "签约金额");
        assertEquals(17_500.50, amount.getCell(1).getNumericCellValue(), 1e-9);
        assertEquals(Styles.MONEY_FORMAT, amount.getCell(1).getCellStyle().getDataFormatString());
        Row show = row(s, "到访率");
        assertEquals(2.0 / 3, show.getCell(1).getNumericCellValue(), 1e-9);
        assertEquals(Styles.PERCENT_FORMAT, show.getCell(1).getCellStyle().getDataFormatString());
        assertEquals("—", show.getCell(2).getStringCellValue(), "September had no appointment due");
        assertEquals(2, show.getCell(4).getNumericCellValue());
        assertEquals(3, show.getCell(5).getNumericCellValue());
        assertEquals(3, row(s, "邀约上访").getCell(1).getNumericCellValue(), "visits by channel");
    }

    @Test
    void chartsAreInTheWorkbook() {
        XSSFSheet s = wb.getSheet("汇总");
        assertEquals(3, s.getDrawingPatriarch().getCharts().size());
    }

    @Test
    void everyTableSheetHasAFrozenFilteredHeaderPrintedOnEachPage() {
        for (Sheet s : wb) {
            XSSFSheet x = (XSSFSheet) s;
            assertTrue(x.getPaneInformation() != null && x.getPaneInformation().isFreezePane(), s.getSheetName());
            assertTrue(x.getCTWorksheet().isSetAutoFilter(), s.getSheetName());
            assertNotNull(x.getRepeatingRows(), s.getSheetName());
            assertTrue(x.getColumnWidth(0) > 256 * 6, s.getSheetName());
        }
    }

    @Test
    void perCounselorAndByChannel() {
        Sheet counselors = wb.getSheet("咨询师");
        Row li = row(counselors, "李明");
        int contracts = headers(counselors, 0).indexOf("签约");
        assertEquals(2, li.getCell(contracts).getNumericCellValue());
        Row total = row(counselors, "全校合计");
        assertEquals(3, total.getCell(contracts).getNumericCellValue());
        Sheet channels = wb.getSheet("渠道");
        int amount = headers(channels, 0).indexOf("签约金额");
        assertEquals(10_000.0, row(channels, "来电咨询").getCell(amount).getNumericCellValue(), 1e-9);
        Sheet types = wb.getSheet("类型与意向");
        int rate = headers(types, 0).indexOf("来访→签约转化率");
        assertEquals(1.0, row(types, "犹豫不决型").getCell(rate).getNumericCellValue(), 1e-9);
        Sheet summary = wb.getSheet("总结-李明");
        assertEquals(List.of("指标", "本人", "全校", "占全校"), headers(summary, 2));
        assertEquals(2, row(summary, "签约").getCell(1).getNumericCellValue());
        assertEquals(3, row(summary, "签约").getCell(2).getNumericCellValue());
        row(summary, "HT-2026-001");
        row(summary, "HT-2026-002");
    }

    @Test
    void detailRowsAreRealDatesNumbersAndText() {
        Sheet visits = wb.getSheet("明细-来访");
        assertEquals(6, visits.getLastRowNum(), "V1, V2, V3, V4 (void), V5, V7");
        List<String> h = headers(visits, 0);
        Row first = visits.getRow(1);
        Cell arrived = first.getCell(h.indexOf("到访时间"));
        assertEquals(CellType.NUMERIC, arrived.getCellType());
        assertTrue(DateUtil.isCellDateFormatted(arrived));
        assertEquals("2026-10-02T10:00", arrived.getLocalDateTimeCellValue().toString());
        assertEquals(CellType.STRING, first.getCell(h.indexOf("电话")).getCellType());
        assertEquals("13800000006", first.getCell(h.indexOf("电话")).getStringCellValue());
        assertEquals("邀约上访", first.getCell(h.indexOf("来源渠道")).getStringCellValue());
        Sheet contracts = wb.getSheet("明细-合同");
        List<String> ch = headers(contracts, 0);
        Row k3 = row(contracts, "HT-2026-003");
        assertEquals(4_500.50, k3.getCell(ch.indexOf("应收")).getNumericCellValue(), 1e-9);
        assertTrue(DateUtil.isCellDateFormatted(k3.getCell(ch.indexOf("签约日期"))));
        assertEquals("英语", k3.getCell(ch.indexOf("科目")).getStringCellValue());
        Sheet defs = wb.getSheet("说明");
        assertEquals(Figure.values().length + 3, defs.getLastRowNum());
        assertTrue(row(defs, "到访率").getCell(1).getStringCellValue().contains("已到访"));
    }

    @Test
    void typedTextThatLooksLikeAFormulaStaysText() {
        int formulas = 0;
        int quoted = 0;
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        formulas++;
                    }
                    if (c.getCellType() == CellType.STRING && SafeText.looksLikeFormula(c.getStringCellValue())) {
                        assertTrue(c.getCellStyle().getQuotePrefixed(), s.getSheetName() + " " + c.getAddress());
                        quoted++;
                    }
                }
            }
        }
        assertEquals(0, formulas);
        assertTrue(quoted >= 3, "=SUM(A1), -广告, @英语 and +86 张 are there as typed: " + quoted);
    }

    @Test
    void aCancelledExportLeavesNothingBehind() throws IOException {
        Path out = folder.resolve("cancelled").resolve("report.xlsx");
        List<Path> poiBefore = poiTemporaryFiles();
        Progress cancelling = new Progress() {
            int updates;

            @Override
            public void update(long done, long total) {
                updates++;
            }

            @Override
            public boolean isCancelled() {
                return updates > 2;
            }
        };
        assertThrows(CancellationException.class, () -> MonthlyReport.write(db, YearMonth.of(2026, 10), out, cancelling));
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertEquals(List.of(), left.toList());
        }
        assertEquals(poiBefore, poiTemporaryFiles());
    }

    @Test
    void aNewExportReplacesTheOldFileAndReportsItsProgressToTheEnd() throws IOException {
        Path out = folder.resolve("again.xlsx");
        Files.writeString(out, "old");
        long[] last = {0, -1};
        MonthlyReport.write(db, YearMonth.of(2026, 10), out, new Progress() {
            @Override
            public void update(long done, long total) {
                last[0] = done;
                last[1] = total;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertEquals(last[1], last[0]);
        assertTrue(Files.size(out) > 5_000);
        assertEquals(List.of(), poiTemporaryFiles());
    }

    static List<Path> poiTemporaryFiles() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}

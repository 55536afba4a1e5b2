package com.counseldesk.report;

import static com.counseldesk.testutil.ExportedList.date;
import static com.counseldesk.testutil.ExportedList.money;
import static com.counseldesk.testutil.ExportedList.number;
import static com.counseldesk.testutil.ExportedList.quoted;
import static com.counseldesk.testutil.ExportedList.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Fen;
import com.counseldesk.common.ListSheet;
import com.counseldesk.common.ListSheet.Column;
import com.counseldesk.common.Progress;
import com.counseldesk.testutil.ExportedList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A list as a workbook of one sheet: the filters, the totals, the header and typed rows, whole or not at all. */
class ListWorkbookTest {
    private static final List<Column> COLUMNS = List.of(Column.text("名称", 10), Column.number("课时", 6),
            Column.money("金额"), Column.date("日期"), Column.dateTime("时间"));
    @TempDir
    Path folder;

    @Test
    void eachValueIsWhatItsColumnSays() {
        Path out = folder.resolve("list.xlsx");
        ListSheet sheet = new ListSheet("列表", "筛选：2026-11 · 李明", COLUMNS, rows -> {
            rows.expect(2);
            rows.totals("合计 2 份", 70, Fen.of(1_250_050), null, null);
            rows.row("=SUM(A1)", 40, Fen.of(800_000), LocalDate.of(2026, 11, 3), LocalDateTime.of(2026, 11, 3, 9, 5));
            rows.row("0571 8765 4321", null, Fen.of(450_050), null, null);
        });

        assertEquals(out.toAbsolutePath(), ListWorkbook.write(sheet, out, Progress.NONE));

        ExportedList list = ExportedList.read(out);
        assertEquals("列表", list.name());
        assertEquals("筛选：2026-11 · 李明", list.filters());
        assertEquals("合计 2 份", text(list.total("名称")));
        assertEquals(12_500.50, money(list.total("金额")));
        assertEquals(70, number(list.total("课时")));
        assertEquals(List.of("名称", "课时", "金额", "日期", "时间"), list.headers());
        assertEquals(2, list.rowCount());
        assertEquals("=SUM(A1)", quoted(list.cell(0, "名称")));
        assertEquals(40, number(list.cell(0, "课时")));
        assertEquals(8_000.0, money(list.cell(0, "金额")));
        assertEquals(LocalDate.of(2026, 11, 3).atStartOfDay(), date(list.cell(0, "日期"), "yyyy-mm-dd"));
        assertEquals(LocalDateTime.of(2026, 11, 3, 9, 5), date(list.cell(0, "时间"), "yyyy-mm-dd hh:mm"));
        assertEquals("0571 8765 4321", text(list.cell(1, "名称")));
        assertNull(list.cell(1, "课时"), "nothing: a blank cell");
    }

    @Test
    void anEmptyListStillHasItsHeader() {
        Path out = folder.resolve("empty.xlsx");
        ListWorkbook.write(new ListSheet("空", "筛选：无（全部）", COLUMNS, rows -> rows.expect(0)), out, Progress.NONE);

        ExportedList list = ExportedList.read(out);
        assertEquals(5, list.headers().size());
        assertEquals(0, list.rowCount());
    }

    @Test
    void aValueOfAnotherTypeThanItsColumnIsRefusedAndNoFileIsLeft() throws IOException {
        Path out = folder.resolve("wrong").resolve("list.xlsx");
        ListSheet sheet = new ListSheet("列表", null, COLUMNS, rows -> rows.row("x", 1, 800_000L, null, null));

        assertThrows(IllegalArgumentException.class, () -> ListWorkbook.write(sheet, out, Progress.NONE));
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aCancelledListStopsWhileItIsReadAndLeavesNoFile() throws IOException {
        Path out = folder.resolve("cancelled").resolve("list.xlsx");
        Files.createDirectories(out.getParent());
        boolean[] cancelled = {false};
        int[] written = {0};
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {
                cancelled[0] = done >= 400;
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
        ListSheet sheet = new ListSheet("列表", null, COLUMNS, rows -> {
            rows.expect(10_000);
            for (int i = 0; i < 10_000; i++) {
                rows.row("行" + i, i, null, null, null);
                written[0]++;
            }
        });

        assertThrows(CancellationException.class, () -> ListWorkbook.write(sheet, out, progress));
        assertTrue(written[0] < 1_000, "stopped while reading: " + written[0]);
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertEquals(List.of(), left.toList());
        }
        assertFalse(Files.exists(out));
    }
}

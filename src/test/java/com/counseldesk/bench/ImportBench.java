package com.counseldesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.office.StaffService;
import com.counseldesk.report.importing.ImportRequest;
import com.counseldesk.report.importing.ImportResult;
import com.counseldesk.report.importing.ImportService;
import com.counseldesk.report.importing.ImportRow;
import com.counseldesk.report.importing.Mapping;
import com.counseldesk.report.importing.MessySheets;
import com.counseldesk.report.importing.RegisterKind;
import com.counseldesk.report.importing.Sheet;
import com.counseldesk.report.importing.SheetFiles;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing a messy 热线登记表 of 10,000 and of 100,000 rows into an office: title rows, dates in every
 * spelling (Excel date cells among them), numbers as numbers, two numbers in every 20th cell, a row in
 * 10 calling back on an earlier number, a row in 50 unreadable, a 合计 line. Timed from reading the
 * .xlsx to the committed batch: {@code import_10k_rows_s}, {@code import_100k_rows_s}; apart, the
 * reading of the .xlsx ({@code _read_s}) and of its rows ({@code _parse_s}), which the import screen does
 * for its preview when the file is chosen, and the storing after 开始导入 ({@code _store_s}).
 */
@Tag("bench")
class ImportBench {
    private static final String[] PREFIXES = {"138", "139", "137", "136", "135", "150", "151", "186", "187", "189"};
    private static final String[] NAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"};
    private static final String[] GIVEN = {"小明", "子涵", "一诺", "浩然", "欣怡", "梓轩", "雨桐", "宇航"};
    private static final String[] PEOPLE = {"李明", "张伟", "老王", "周老师", ""};

    @TempDir
    Path dir;

    @Test
    void tenThousandRows() throws Exception {
        run(10_000, "import_10k_rows_s");
    }

    @Test
    void aHundredThousandRows() throws Exception {
        run(100_000, "import_100k_rows_s");
    }

    private void run(int rows, String figure) throws Exception {
        Path file = sheet(rows).writeLargeXlsx(dir.resolve("热线登记表.xlsx"));
        try (TestOffice office = TestOffice.typical(dir)) {
            ImportService imports = new ImportService(office.db, office.clock, office.families,
                    new StaffService(office.db, office.clock));
            long start = System.nanoTime();
            Sheet sheet = SheetFiles.read(file, 1);
            long read = System.nanoTime();
            List<ImportRow> parsed = imports.rows(sheet, Mapping.guess(sheet), RegisterKind.CALLS);
            long parse = System.nanoTime();
            // As the import screen does: the rows its preview read, stored after 开始导入.
            ImportResult r = imports.run(new ImportRequest(file.getFileName().toString(), sheet, Mapping.guess(sheet),
                    RegisterKind.CALLS, Map.of(), office.staffId(TestOffice.MANAGER), null, false), parsed,
                    ImportService.Progress.NONE);
            long end = System.nanoTime();
            Figures.bench(figure, (end - start) / 1e9, "s", 2);
            Figures.bench(figure.replace("_s", "_read_s"), (read - start) / 1e9, "s", 2);
            Figures.bench(figure.replace("_s", "_parse_s"), (parse - read) / 1e9, "s", 2);
            Figures.bench(figure.replace("_s", "_store_s"), (end - parse) / 1e9, "s", 2);
            assertEquals(rows, r.read());
            assertEquals(rows / 50, r.rejected().size());
            assertTrue(r.merged() >= rows / 20, "calls back on earlier numbers: " + r.merged());
        }
    }

    private static MessySheets sheet(int rows) {
        MessySheets s = MessySheets.register().title("2025年热线登记表").title("（旧表，前台填写）")
                .header("序号", "来电时间", "孩子姓名", "年级", "家长电话", "负责人", "来源", "备注");
        LocalDate day = LocalDate.of(2024, 9, 1);
        for (int i = 0; i < rows; i++) {
            day = LocalDate.of(2024, 9, 1).plusDays(i * 300L / rows);
            Object date = switch (i % 5) {
                case 0 -> day;
                case 1 -> day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth();
                case 2 -> day.toString();
                case 3 -> day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
                default -> day.getMonthValue() + "." + day.getDayOfMonth();
            };
            int household = i % 10 == 9 ? i / 2 : i;
            Object phone = number(household);
            if (i % 20 == 3) {
                phone = number(household) + "、" + number(household + rows * 3);
            } else if (i % 2 == 0) {
                phone = Long.parseLong(number(household));
            }
            if (i % 50 == 7) {
                date = "待定";
            }
            s.row((long) i + 1, date, NAMES[i % NAMES.length] + GIVEN[(i / 10) % GIVEN.length], "初" + "一二三".charAt(i % 3),
                    phone, PEOPLE[i % PEOPLE.length], i % 7 == 0 ? "转介绍" : "", i % 3 == 0 ? "问数学提分" : "");
        }
        return s.row("合计", "", "", "", rows + "人");
    }

    private static String number(int n) {
        return PREFIXES[n % PREFIXES.length] + String.format("%08d", (n * 7919L) % 100_000_000L);
    }
}

package com.counseldesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.db.Database;
import com.counseldesk.report.importing.MessySheets;
import com.counseldesk.report.importing.SheetFiles;
import com.counseldesk.report.importing.SheetRow;
import com.counseldesk.testutil.SqliteOnly;
import com.counseldesk.testutil.TestOffice;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import}: what a scheduled task sees. The import itself is ImportServiceTest's. */
@SqliteOnly
class ImportCommandTest {
    @TempDir
    Path dir;

    private Path db;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void anOffice() {
        try (TestOffice office = TestOffice.typical(dir)) {
            db = dir.resolve("office.db");
        }
    }

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "import";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.execute(new Cli.Io(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone()), all);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private long count(String sql) {
        try (Database d = Database.open(db)) {
            return d.read(h -> h.createQuery(sql).mapTo(Long.class).one());
        }
    }

    private Path register() throws Exception {
        return MessySheets.register().title("热线登记表")
                .header("日期", "学生姓名", "联系电话", "咨询师", "备注")
                .row("2025/3/5", "张小明", "13812345678", "李明", "")
                .row("2025/3/6", "王小红", "13900001111", "老王", "")
                .row("2025/3/7", "张小明", "13812345678", "李明", "又打来")
                .row("2025/3/8", "", "13700002222", "", "-cmd|' /C calc'!A0")
                .row("2025/3/9", "赵六", "13700003333", "", "")
                .writeXlsx(dir.resolve("热线.xlsx"));
    }

    @Test
    void importsAndSaysWhatItDid() throws Exception {
        Path rejected = dir.resolve("out").resolve("未导入.xlsx");

        assertEquals(0, run("--db", db.toString(), register().toString(), "--rejected", rejected.toString()), err());

        assertTrue(out().contains("Imported 热线.xlsx, sheet '三月' (calls): read 5, stored 3, merged 1, rejected 1"),
                out());
        assertTrue(out().contains("Added as former staff: 老王"), out());
        assertTrue(err().contains("row 6: 没有学生姓名"), err());
        assertEquals(3, count("SELECT COUNT(*) FROM household"));
        assertEquals(4, count("SELECT COUNT(*) FROM call"));
        assertEquals(1, count("SELECT COUNT(*) FROM household h JOIN staff s ON s.id = h.owner_id"
                + " WHERE s.name = '赵丽'"), "the row naming nobody goes to the manager");

        List<SheetRow> rows = SheetFiles.read(rejected, 0).rows();
        assertEquals(List.of("原因", "原表行号", "日期", "学生姓名", "联系电话", "咨询师", "备注"), rows.get(0).cells());
        assertEquals(List.of("没有学生姓名", "6", "2025/3/8", "", "13700002222", "", "-cmd|' /C calc'!A0"),
                rows.get(1).cells());
    }

    @Test
    void theOwnerOptionGivesEveryUnknownNameAndTheUnnamedRowsToOnePerson() throws Exception {
        assertEquals(0, run("--db", db.toString(), register().toString(), "--owner", "张伟"), err());

        assertEquals(0, count("SELECT COUNT(*) FROM staff WHERE name = '老王'"));
        assertEquals(2, count("SELECT COUNT(*) FROM household h JOIN staff s ON s.id = h.owner_id"
                + " WHERE s.name = '张伟'"));
    }

    @Test
    void aDryRunStoresNothing() throws Exception {
        assertEquals(0, run("--db", db.toString(), "--dry-run", register().toString()), err());

        assertTrue(out().startsWith("Dry run, nothing stored: 热线.xlsx"), out());
        assertTrue(out().contains("Would add as former staff: 老王"), out());
        assertEquals(0, count("SELECT COUNT(*) FROM household"));
        assertEquals(0, count("SELECT COUNT(*) FROM staff WHERE name = '老王'"));
    }

    @Test
    void theKindCanBeSaid() throws Exception {
        assertEquals(0, run("--db", db.toString(), register().toString(), "--kind", "visits"), err());

        assertEquals(4, count("SELECT COUNT(*) FROM visit"));
        assertEquals(0, count("SELECT COUNT(*) FROM call"));
    }

    @Test
    void mistakesAreSaidWithTheirExitCode() throws Exception {
        Path file = register();

        assertEquals(2, run(file.toString()));
        assertTrue(err().contains("import needs --db PATH"), err());
        assertEquals(2, run("--db", db.toString()));
        assertTrue(err().contains("import needs the FILE to import"), err());
        assertEquals(2, run("--db", db.toString(), file.toString(), "--kind", "letters"));
        assertTrue(err().contains("--kind"), err());
        assertEquals(2, run("--db", db.toString(), file.toString(), "--rejected", "out.csv"));
        assertTrue(err().contains("--rejected names an .xlsx workbook"), err());
        assertEquals(1, run("--db", db.toString(), dir.resolve("missing.xlsx").toString()));
        assertTrue(err().contains("No file at"), err());
        assertEquals(1, run("--db", db.toString(), file.toString(), "--owner", "无名氏"));
        assertTrue(err().contains("nobody on the staff list is called '无名氏'"), err());
        assertEquals(1, run("--db", dir.resolve("none.db").toString(), file.toString()));
        assertTrue(err().contains("No database at"), err());
        assertFalse(Files.exists(dir.resolve("none.db")));
        assertEquals(0, count("SELECT COUNT(*) FROM household"));
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("名单.xlsx"), "张三 13812345678\n");

        assertEquals(1, run("--db", db.toString(), text.toString()));

        assertTrue(err().contains("名单.xlsx cannot be read: it is not an Excel workbook"), err());
    }

    @Test
    void aSheetWithoutPhoneOrDateColumnsIsRefused() throws Exception {
        Path file = MessySheets.register().header("姓名", "备注").row("张三", "x").writeXlsx(dir.resolve("a.xlsx"));

        assertEquals(1, run("--db", db.toString(), file.toString()));

        assertTrue(err().contains("no column header names the phone and date"), err());
    }
}

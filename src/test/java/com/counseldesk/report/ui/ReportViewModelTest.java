package com.counseldesk.report.ui;

import static com.counseldesk.testutil.Messages.assertMsg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import com.counseldesk.report.Figure;
import com.counseldesk.report.HandBuiltMonthAccess;
import com.counseldesk.report.Measure;
import com.counseldesk.report.ReportService;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.testutil.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report screen's behaviour without the toolkit: the month, the dashboard's figures, the export. */
class ReportViewModelTest {
    private static final Staff MANAGER = new Staff(4, "赵丽", Role.MANAGER, true);
    private static final Staff COUNSELOR = new Staff(2, "李明", Role.COUNSELOR, true);
    @TempDir
    Path folder;
    Database db;
    RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void open() {
        db = HandBuiltMonthAccess.open(folder.resolve("db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ReportViewModel vm(Background background, Staff who) {
        return new ReportViewModel(new ReportService(db), background, dialogs, () -> who,
                () -> new I18n(I18n.CHINESE), TestClock.morning());
    }

    @Test
    void lastMonthIsChosenAndItsFiguresAreTheWorkbooks() {
        ReportViewModel vm = vm(Background.direct(), MANAGER);
        assertEquals(YearMonth.of(2026, 11), vm.months().get(0));
        assertEquals(YearMonth.of(2026, 10), vm.monthProperty().get(), "on 27 November, October");

        vm.load();

        assertEquals(new Measure(3, 0), vm.reportProperty().get().office().get(Figure.CONTRACTS));
        assertEquals(new Measure(2, 3), vm.reportProperty().get().office().get(Figure.SHOW_RATE));
        vm.monthProperty().set(YearMonth.of(2026, 9));
        assertEquals(new Measure(1, 0), vm.reportProperty().get().office().get(Figure.CONTRACTS), "read again");
        assertEquals("66.7% (2/3)", FigureText.of(Figure.SHOW_RATE, new Measure(2, 3)));
        assertEquals("¥17,500.50", FigureText.of(Figure.AMOUNT_SIGNED, new Measure(1_750_050, 0)));
    }

    @Test
    void anExportGoesWhereChosenThenItsFolderOpens() {
        Path out = folder.resolve("exports").resolve("十月.xlsx");
        dialogs.saveAs(out);
        ReportViewModel vm = vm(Background.direct(), MANAGER);

        vm.export();

        assertEquals(List.of("月度报表-2026-10.xlsx"), dialogs.suggested());
        assertTrue(Files.exists(out));
        assertEquals(out, vm.exporter().exportedProperty().get());
        assertMsg(new Msg("export.done", "十月.xlsx"), vm.exporter().statusProperty().get());
        assertFalse(vm.exporter().exportingProperty().get());
        assertEquals(1.0, vm.exporter().progressProperty().get());
        vm.exporter().openFolder();
        assertEquals(List.of(out.getParent()), dialogs.openedFolders());
    }

    @Test
    void closingTheChooserExportsNothing() {
        ReportViewModel vm = vm(Background.direct(), MANAGER);
        vm.export();
        assertNull(vm.exporter().statusProperty().get());
        assertFalse(vm.exporter().exportingProperty().get());
    }

    @Test
    void cancellingLeavesNoFileAndSaysSo() throws IOException {
        Path out = folder.resolve("exports").resolve("十月.xlsx");
        dialogs.saveAs(out);
        List<Runnable> later = new ArrayList<>();
        ReportViewModel[] vm = new ReportViewModel[1];
        List<Double> seen = new ArrayList<>();
        Background background = new Background(Runnable::run, r -> {
            r.run();
            seen.add(vm[0].exporter().progressProperty().get());
            if (vm[0].exporter().exportingProperty().get() && vm[0].exporter().progressProperty().get() > 0) {
                vm[0].exporter().cancel();
            }
        }, later::add);
        vm[0] = vm(background, MANAGER);

        vm[0].export();
        assertTrue(vm[0].exporter().exportingProperty().get(), "the export runs on its own");
        assertEquals(-1.0, vm[0].exporter().progressProperty().get(), "not known yet");
        later.forEach(Runnable::run);

        assertTrue(seen.stream().anyMatch(p -> p > 0 && p < 1), "a bar that moves: " + seen);
        assertMsg(new Msg("export.cancelled"), vm[0].exporter().statusProperty().get());
        assertFalse(vm[0].exporter().exportingProperty().get());
        assertNull(vm[0].exporter().exportedProperty().get());
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aCounselorIsRefusedTheOfficesFigures() {
        dialogs.saveAs(folder.resolve("x.xlsx"));
        ReportViewModel vm = vm(Background.direct(), COUNSELOR);
        vm.load();
        assertNull(vm.reportProperty().get());
        assertMsg(new Msg("report.title.failed"), dialogs.single().title());
        vm.export();
        assertFalse(Files.exists(folder.resolve("x.xlsx")));
        assertFalse(ReportService.mayRead(COUNSELOR));
        assertTrue(ReportService.mayRead(MANAGER));
    }
}

package com.counseldesk.family.ui;

import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Directory;
import com.counseldesk.family.DirectoryOffice;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Stage;
import com.counseldesk.office.Staff;
import com.counseldesk.report.ListWorkbook;
import com.counseldesk.testutil.RecordingDialogs;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import javafx.beans.value.ObservableValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search screen's state without the toolkit: what is typed, what is found, what is said. */
class SearchViewModelTest {
    @TempDir
    Path folder;
    private DirectoryOffice office;
    private SearchViewModel vm;

    @BeforeEach
    void open() {
        office = new DirectoryOffice(folder);
        office.household("张小明").contact("王芳").lastContact(LocalDateTime.of(2026, 11, 20, 9, 0)).create();
        office.household("李雷").contact("韩梅").channel(Channel.PARTNER)
                .lastContact(LocalDateTime.of(2026, 11, 26, 9, 0)).create();
        vm = vm(office.directory, Background.direct());
    }

    private SearchViewModel vm(Directory directory, Background background) {
        return new SearchViewModel(directory, background, new RecordingDialogs(), ListWorkbook::write,
                () -> new I18n(I18n.CHINESE), office.clock);
    }

    @AfterEach
    void close() {
        office.close();
    }

    /** What a message property says, in Chinese. */
    private static String said(ObservableValue<Msg> message) {
        return new I18n(I18n.CHINESE).t(message.getValue());
    }

    private List<String> shown() {
        return vm.results().stream().map(HouseholdCard::studentNames).toList();
    }

    @Test
    void theListFollowsTheTyping() {
        vm.textProperty().set("zxm");
        assertEquals(List.of("张小明"), shown());
        assertEquals(zh("search.shown", 1), said(vm.statusProperty()));

        vm.textProperty().set("韩");
        assertEquals(List.of("李雷"), shown());

        vm.textProperty().set("赵");
        assertEquals(List.of(), shown());
        assertEquals(zh("search.none"), said(vm.statusProperty()));
    }

    @Test
    void aBlankSearchListsTheNewestContactsFirst() {
        vm.search();

        assertEquals(List.of("李雷", "张小明"), shown());
    }

    @Test
    void anOfficeWithoutHouseholdsSaysSo() {
        try (DirectoryOffice empty = new DirectoryOffice(folder.resolve("empty"))) {
            SearchViewModel first = vm(empty.directory, Background.direct());

            first.search();
            assertEquals(zh("search.noHouseholds"), said(first.statusProperty()));

            first.stageProperty().set(Stage.LOST);
            assertEquals(zh("search.none"), said(first.statusProperty()));
        }
    }

    @Test
    void eachFilterNarrowsTheList() {
        Staff other = new Staff(office.staffId(DirectoryOffice.OTHER_COUNSELOR), DirectoryOffice.OTHER_COUNSELOR,
                com.counseldesk.office.Role.COUNSELOR, true);
        vm.setCounselors(List.of(other));

        vm.channelProperty().set(Channel.PARTNER);
        assertEquals(List.of("李雷"), shown());

        vm.ownerProperty().set(other);
        assertEquals(List.of(), shown());

        vm.clearFilters();
        assertEquals(List.of("李雷", "张小明"), shown());
        assertNull(vm.channelProperty().get());
        assertNull(vm.ownerProperty().get());
    }

    @Test
    void aMistypedDateIsNamedBesideItAndTheListWaits() {
        vm.search();
        vm.fromProperty().set("2026-13-01");

        assertEquals(zh("error.search.date"), said(vm.error(SearchViewModel.FROM)));
        assertEquals(List.of("李雷", "张小明"), shown(), "the list is left as it was");

        vm.fromProperty().set("2026/11/2");
        assertNull(vm.error(SearchViewModel.FROM).get());
        assertEquals(List.of(), shown(), "both were first contacted on 1 November");

        vm.fromProperty().set("2026年11月1日");
        assertEquals(List.of("李雷", "张小明"), shown());
    }

    @Test
    void anEndBeforeTheStartIsNamedBesideTheEnd() {
        vm.fromProperty().set("2026-11-02");
        vm.toProperty().set("2026-11-01");

        assertEquals(zh("error.search.dateOrder"), said(vm.error(SearchViewModel.TO)));
        assertNull(vm.error(SearchViewModel.FROM).get());

        vm.clearFilters();
        assertNull(vm.error(SearchViewModel.TO).get());
    }

    @Test
    void moreAddsTheNextPage() {
        for (int i = 0; i < Directory.PAGE + 5; i++) {
            office.household("王" + i).create();
        }
        vm.textProperty().set("王");
        assertEquals(Directory.PAGE, vm.results().size());
        assertTrue(vm.moreProperty().get());
        assertEquals(zh("search.shownMore", Directory.PAGE), said(vm.statusProperty()));

        vm.more();

        assertEquals(Directory.PAGE + 6, vm.results().size(), "55 students 王… and 张小明's mother 王芳");
        assertFalse(vm.moreProperty().get());
        assertEquals(vm.results().size(), vm.results().stream().map(HouseholdCard::id).distinct().count());
    }

    @Test
    void anAnswerToAnEarlierTextIsDropped() {
        Queue<Runnable> answers = new ArrayDeque<>();
        vm = vm(office.directory, new Background(Runnable::run, answers::add));

        vm.textProperty().set("张");
        vm.textProperty().set("李");
        while (!answers.isEmpty()) {
            answers.poll().run();
        }

        assertEquals(List.of("李雷"), shown());
    }

    @Test
    void aFailedSearchSaysSo() {
        office.db.inTransaction(h -> h.execute("ALTER TABLE search_term RENAME TO search_term_gone"));

        vm.textProperty().set("张");

        assertEquals("search.failed", vm.statusProperty().get().key());
        assertFalse(vm.busyProperty().get());
    }
}

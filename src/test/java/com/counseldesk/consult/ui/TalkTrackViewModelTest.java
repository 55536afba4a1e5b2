package com.counseldesk.consult.ui;

import static com.counseldesk.testutil.TestOffice.COUNSELOR;
import static com.counseldesk.testutil.TestOffice.MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.fx.Background;
import com.counseldesk.consult.ClientTag;
import com.counseldesk.consult.ClientType;
import com.counseldesk.consult.ConsultStep;
import com.counseldesk.consult.NoteOffice;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.RecordingDialogs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The talk-track library's pages: every session's and each client type's, saved in one go, changes not lost unasked. */
class TalkTrackViewModelTest {
    @TempDir
    Path folder;
    private NoteOffice t;
    private long suspicious;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void office() {
        t = NoteOffice.typical(folder);
        suspicious = t.builtin(ClientType.SUSPICIOUS);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private TalkTrackViewModel library(String who) {
        Staff me = t.staff(who);
        TalkTrackViewModel vm = new TalkTrackViewModel(t.tracks, Background.direct(), dialogs, () -> me);
        vm.load();
        return vm;
    }

    private ClientTag type(TalkTrackViewModel vm, String name) {
        return vm.types().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everySessionsPageFirstThenEachClientTypesWithItsOwnTexts() {
        TalkTrackViewModel vm = library(MANAGER);

        assertEquals(List.of(TalkTrackViewModel.EVERY_SESSION.id(), t.builtin(ClientType.HESITANT),
                t.builtin(ClientType.INTROVERTED), suspicious, t.builtin(ClientType.TIMID)),
                vm.types().stream().map(ClientTag::id).toList());
        assertTrue(vm.step(ConsultStep.PREPARE).get().contains("展业夹"));

        vm.typeProperty().set(type(vm, "猜忌型"));
        assertEquals("", vm.step(ConsultStep.PREPARE).get());
        vm.generalProperty().set("先认同顾虑");
        vm.step(ConsultStep.OBJECTIONS).set("拿出成绩单");
        vm.save();

        assertEquals("talkTrack.saved", vm.statusProperty().get().key());
        assertEquals("先认同顾虑", t.tracks.page(suspicious).general());
        assertEquals("拿出成绩单", t.tracks.page(suspicious).step(ConsultStep.OBJECTIONS));
        assertTrue(t.tracks.page(null).step(ConsultStep.OBJECTIONS).startsWith("正确寻找抗拒点"));
    }

    @Test
    void goingToAnotherPageWithUnsavedChangesAsksAndStaysWhenTheAnswerIsNo() {
        TalkTrackViewModel vm = library(MANAGER);
        vm.step(ConsultStep.PREPARE).set("改过的话术");
        dialogs.answer(false);

        vm.typeProperty().set(type(vm, "猜忌型"));

        assertEquals(1, dialogs.asked().size());
        assertEquals(TalkTrackViewModel.EVERY_SESSION, vm.typeProperty().get());
        assertEquals("改过的话术", vm.step(ConsultStep.PREPARE).get());
    }

    @Test
    void aCounselorsSaveIsRefusedAndSaysWhy() {
        TalkTrackViewModel vm = library(COUNSELOR);
        vm.step(ConsultStep.PREPARE).set("改过的话术");

        vm.save();

        assertEquals("error.talkTrack.managerOnly", vm.statusProperty().get().key());
        assertEquals(0, t.office.count("talk_track"));
    }

    @Test
    void aTextTooLongIsRefusedBesideItsStep() {
        TalkTrackViewModel vm = library(MANAGER);
        vm.step(ConsultStep.CLOSE).set("话".repeat(2001));

        vm.save();

        assertEquals("error.tooLong", vm.error(TalkTrackViewModel.field(ConsultStep.CLOSE)).get().key());
        assertEquals("talkTrack.fix", vm.statusProperty().get().key());
        assertEquals(0, t.office.count("talk_track"));
    }
}

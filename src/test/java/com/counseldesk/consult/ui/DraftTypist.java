package com.counseldesk.consult.ui;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.NoteContent;
import com.counseldesk.consult.NoteService;
import com.counseldesk.consult.TalkTrackService;
import com.counseldesk.family.FamilyService;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.TestClock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.StringProperty;

/**
 * A counselor typing a note, in a process of its own (the app as it runs, without its window): the
 * editor's view model on the database worker and a UI thread, its draft saved a second after the
 * typing pauses. It types the first words and pauses until they are saved, then more words and pauses
 * until saved, printing {@code SAVED <text>} after each save, then goes on typing without a pause until
 * it is killed. Each keystroke waits for the UI thread to take it, as a field takes typing.
 * Arguments: the database (a file's path or a server's address), the household's id, the counselor's id.
 */
public final class DraftTypist {
    public static final String SAVED = "SAVED ";

    private DraftTypist() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(DbAddress.parse(args[0]), () -> { });
        long householdId = Long.parseLong(args[1]);
        long staffId = Long.parseLong(args[2]);
        TestClock clock = TestClock.morning();
        OfficeService office = new OfficeService(db, clock);
        FamilyService families = new FamilyService(db, clock);
        Staff me = office.activeStaff().stream().filter(s -> s.id() == staffId).findFirst().orElseThrow();
        ExecutorService ui = Executors.newSingleThreadExecutor();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        NoteViewModel vm = new NoteViewModel(householdId, null, new NoteService(db, clock, families, office),
                new TalkTrackService(db, clock, families, office), new Background(worker, ui), new Silent(),
                () -> me, Later.on(ui));
        CountDownLatch loaded = new CountDownLatch(1);
        Semaphore saves = new Semaphore(0);
        ui.execute(() -> {
            vm.loadedProperty().addListener((o, a, b) -> loaded.countDown());
            vm.statusProperty().addListener((o, a, b) -> {
                if (b != null && b.key().equals("note.status.saved")) {
                    System.out.println(SAVED + vm.storedProperty().get().content().needs());
                    System.out.flush();
                    saves.release();
                }
            });
            vm.load();
        });
        if (!loaded.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The editor did not load");
        }
        StringProperty needs = vm.freeTextProperty(NoteContent.NEEDS);
        type(ui, needs, "数学成绩下滑");
        pauseUntilSaved(saves);
        type(ui, needs, "，想先补基础");
        pauseUntilSaved(saves);
        while (true) {
            type(ui, needs, "还在打字");
        }
    }

    /** Types {@code text} a character at a time, each keystroke taken by the field on the UI thread. */
    private static void type(ExecutorService ui, StringProperty field, String text) throws Exception {
        for (int i = 0; i < text.length(); i++) {
            String ch = text.substring(i, i + 1);
            ui.submit(() -> field.set(field.get() + ch)).get();
        }
    }

    /** The typist stops until the draft with what was typed is saved (a second after the last keystroke). */
    private static void pauseUntilSaved(Semaphore saves) throws InterruptedException {
        if (!saves.tryAcquire(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The draft was not saved after the typing paused");
        }
    }

    /** Dialogs nobody sees: a failure is printed instead. */
    private static final class Silent implements DialogService {
        @Override
        public void showError(Msg title, Msg message) {
            System.out.println("ERROR " + title.key() + " " + message.key());
        }

        @Override
        public boolean confirm(Msg title, Msg message) {
            return true;
        }
    }
}

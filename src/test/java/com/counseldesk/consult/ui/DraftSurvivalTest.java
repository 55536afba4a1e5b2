package com.counseldesk.consult.ui;

import static com.counseldesk.testutil.TestOffice.COUNSELOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.consult.Note;
import com.counseldesk.consult.NoteOffice;
import com.counseldesk.consult.NoteService;
import com.counseldesk.consult.NoteState;
import com.counseldesk.family.FamilyService;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.TestClock;
import com.counseldesk.walkin.Registration;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note's draft survives the app being killed while the counselor types: a second JVM types into the
 * editor's view model, is killed (SIGKILL) mid-typing, and the database, opened again, has the draft
 * as it was last saved.
 */
class DraftSurvivalTest {
    private static final long WAIT_S = 90;

    @TempDir
    Path folder;

    @Test
    void theDraftSavedAsTheCounselorTypedIsThereAfterTheProcessIsKilled() throws Exception {
        NoteOffice t = NoteOffice.typical(folder);
        Registration zhang = t.family("13812345678", "张子涵", COUNSELOR);
        Staff liMing = t.staff(COUNSELOR);
        DbAddress address = t.db.address();
        t.close();

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8", DraftTypist.class.getName(),
                address instanceof DbAddress.Server s ? s.withPassword() : address.toString(),
                String.valueOf(zhang.householdId()), String.valueOf(liMing.id()))
                .redirectErrorStream(true).start();
        List<String> saved = new ArrayList<>();
        List<String> output = new ArrayList<>();
        try {
            BlockingQueue<String> lines = new ArrayBlockingQueue<>(10_000);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    // offer: lines past the queue's room (nobody reads them once two saves were seen) are dropped.
                    in.lines().forEach(lines::offer);
                } catch (java.io.IOException | java.io.UncheckedIOException e) {
                    // The process was killed and its output closed. Swallowed here: an exception escaping
                    // this thread would be reported by TestFX in whichever GUI test runs next.
                }
            });
            reader.setDaemon(true);
            reader.start();
            while (saved.size() < 2) {
                String line = lines.poll(WAIT_S, TimeUnit.SECONDS);
                assertTrue(line != null, "the typist saved twice; it printed " + output);
                output.add(line);
                if (line.startsWith(DraftTypist.SAVED)) {
                    saved.add(line.substring(DraftTypist.SAVED.length()));
                }
            }
            assertTrue(child.isAlive(), "still typing");
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(WAIT_S, TimeUnit.SECONDS));
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL");

        assertEquals(List.of("数学成绩下滑", "数学成绩下滑，想先补基础"), saved);
        try (Database db = Database.open(address, () -> { })) {
            TestClock clock = TestClock.morning();
            OfficeService office = new OfficeService(db, clock);
            FamilyService families = new FamilyService(db, clock);
            List<Note> notes = new NoteService(db, clock, families, office).notesOf(liMing, zhang.householdId());
            assertEquals(1, notes.size());
            assertEquals(NoteState.DRAFT, notes.get(0).state());
            assertTrue(notes.get(0).content().needs().startsWith("数学成绩下滑，想先补基础"),
                    notes.get(0).content().needs());
        }
    }
}

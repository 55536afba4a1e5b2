package com.counseldesk.consult;

import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.Registration;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The typical test office ({@link TestOffice}) with the follow-up and start-page services wired as
 * the app wires them, the follow-ups on the family timeline shown to {@link #viewer}. Close it after
 * the test.
 */
public final class FollowUpOffice implements AutoCloseable {
    public final TestOffice t;
    public final FollowUpService followUps;
    public final StartPageService startPages;
    /** Who is at this PC, as the family page's timeline is read for them (a staff id, or null). */
    public Long viewer;

    public FollowUpOffice(Path dir) {
        t = TestOffice.typical(dir);
        followUps = new FollowUpService(t.db, t.clock, t.families, t.office, t.visits);
        startPages = new StartPageService(t.db, t.clock, t.office, t.visits, followUps);
        t.families.addTimelineSource(followUps.timeline(() -> viewer));
    }

    public long id(String staffName) {
        return t.staff(staffName).id();
    }

    /** A family that came for {@code counselor} (who owns it then), with a student of this name. */
    public Registration family(String counselor, String phone, String student) {
        return t.register(t.walkIn(counselor).phone(phone).student(student));
    }

    /** Some time on {@code day}, for {@code purpose}. */
    public static FollowUpPlan on(LocalDate day, String purpose) {
        return new FollowUpPlan(day, null, purpose);
    }

    public static FollowUpPlan at(LocalDateTime when, String purpose) {
        return new FollowUpPlan(when.toLocalDate(), when.toLocalTime(), purpose);
    }

    public LocalDate today() {
        return t.clock.localNow().toLocalDate();
    }

    public LocalTime now() {
        return t.clock.localNow().toLocalTime();
    }

    /** A follow-up for the household, planned by its owner {@code by} and given to them. */
    public FollowUp plan(String by, long householdId, FollowUpPlan plan) {
        return followUps.schedule(id(by), householdId, null, null, plan);
    }

    /** A consultation note as its author left it (the notes feature writes these). */
    public long note(long householdId, Long studentId, String author, String state) {
        LocalDateTime now = t.clock.localNow();
        return t.db.inTransaction(h -> h.createUpdate("INSERT INTO note (household_id, student_id, author_id,"
                + " session_at, state, created_at, updated_at) VALUES (:h, :s, :a, :at, :state, :at, :at)")
                .bind("h", householdId).bindByType("s", studentId, Long.class).bind("a", id(author))
                .bind("at", now).bind("state", state).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public void close() {
        startPages.close();
        t.close();
    }
}

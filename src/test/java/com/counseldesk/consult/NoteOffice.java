package com.counseldesk.consult;

import com.counseldesk.common.db.Database;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.TestClock;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.Registration;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The consultation notes' test office: the typical office ({@link TestOffice}) with the notes, the
 * talk-track library and the notes on the timeline wired as the app wires them, households registered
 * at the desk, and client-type tags written as the tagging part of the workspace stores them.
 */
public final class NoteOffice implements AutoCloseable {
    public final TestOffice office;
    public final Database db;
    public final TestClock clock;
    public final NoteService notes;
    public final TalkTrackService tracks;
    /** Who reads the family page's timeline. */
    public Staff reader;

    private NoteOffice(TestOffice office) {
        this.office = office;
        this.db = office.db;
        this.clock = office.clock;
        this.notes = new NoteService(db, clock, office.families, office.office);
        this.tracks = new TalkTrackService(db, clock, office.families, office.office);
        office.families.addTimelineSource(new NoteTimeline(clock, office.families, office.office, () -> reader));
    }

    public static NoteOffice typical(Path folder) {
        return new NoteOffice(TestOffice.typical(folder));
    }

    public Staff staff(String name) {
        return office.staff(name);
    }

    /** A family that came to the desk today and was handed to {@code counselor}, who owns it from now on. */
    public Registration family(String phone, String student, String counselor) {
        return office.register(office.walkIn(counselor).phone(phone).student(student));
    }

    /** The household belongs to nobody (a lead no counselor has taken yet). */
    public void unowned(long householdId) {
        office.execute("UPDATE household SET owner_id = NULL WHERE id = " + householdId);
    }

    /** The id of the office's built-in client type (schema version 6 writes the four). */
    public long builtin(ClientType type) {
        return db.read(h -> h.createQuery("SELECT id FROM client_tag WHERE builtin = :b").bind("b", type.name())
                .mapTo(Long.class).one());
    }

    /** One of the office's own client types, as the tagging part stores it; returns its id. */
    public long ownType(String name, String strategy) {
        return db.inTransaction(h -> h.createUpdate("INSERT INTO client_tag (name, colour, strategy, created_at)"
                + " VALUES (:name, '#cc3333', :strategy, '2026-11-01T09:00:00')")
                .bind("name", name).bind("strategy", strategy)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** Tags the household's decision maker with the client type. */
    public void tag(long householdId, long typeId) {
        db.inTransaction(h -> h.createUpdate("INSERT INTO household_tag (household_id, tag_id, tagged_at)"
                + " VALUES (:h, :t, '2026-11-27T09:00:00')").bind("h", householdId).bind("t", typeId).execute());
    }

    /** A note's content with these free texts and ticks, and nothing in the structured part. */
    public static NoteContent written(String needs, ConsultStep... ticked) {
        return new NoteContent(null, StudentSituation.EMPTY, Set.of(ticked), needs, "", "", "");
    }

    /** The note's stored state, as the row holds it (before the end-of-day rule is applied on reading). */
    public String storedState(long noteId) {
        return db.read(h -> h.createQuery("SELECT state FROM note WHERE id = :id").bind("id", noteId)
                .mapTo(String.class).one());
    }

    public List<String> column(String sql) {
        return db.read(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    @Override
    public void close() {
        office.close();
    }
}

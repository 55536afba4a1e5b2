package com.counseldesk.consult;

import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.NoteDao.NoteRow;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Student;
import com.counseldesk.family.TimelineEntry;
import com.counseldesk.family.TimelineSource;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * The notes on the family page's timeline: each note when it was written (with its state), when it
 * was signed or locked, and each amendment. Only for a reader who sees the household's records in
 * full ({@link Access}); anyone else finds no note there.
 */
public final class NoteTimeline implements TimelineSource {
    /** The kind of a note's entries (and the key of its label). */
    public static final String KIND = "timeline.note";
    private static final int EXCERPT = 40;
    private final Clock clock;
    private final HouseholdAccess records;
    private final Supplier<Staff> reader;

    /** {@code reader}: who is at this PC (the family page reads its timeline for them). */
    public NoteTimeline(Clock clock, FamilyService families, OfficeService office, Supplier<Staff> reader) {
        this.clock = clock;
        this.records = new HouseholdAccess(families, office);
        this.reader = reader;
    }

    @Override
    public List<TimelineEntry> entries(Handle h, long householdId) {
        if (!records.reads(h, records.actor(h, reader.get()), householdId)) {
            return List.of();
        }
        NoteDao dao = h.attach(NoteDao.class);
        List<NoteRow> rows = dao.byHousehold(householdId);
        if (rows.isEmpty()) {
            return List.of();
        }
        HouseholdCard card = records.card(h, householdId).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        List<TimelineEntry> out = new ArrayList<>();
        for (NoteRow r : rows) {
            String about = about(card, r);
            NoteState state = NoteState.asOf(r.state(), r.sessionAt(), today);
            out.add(new TimelineEntry(r.sessionAt(), KIND, r.id(), new Msg("timeline.note.written", state, about),
                    r.authorName(), false));
            if (r.signedAt() != null) {
                out.add(new TimelineEntry(r.signedAt(), KIND, r.id(), new Msg("timeline.note.signed", about),
                        r.authorName(), false));
            } else if (state == NoteState.LOCKED) {
                out.add(new TimelineEntry(NoteState.lockTime(r.sessionAt()), KIND, r.id(),
                        new Msg("timeline.note.locked", about), null, false));
            }
        }
        for (Amendment a : dao.amendments(rows.stream().map(NoteRow::id).toList())) {
            out.add(new TimelineEntry(a.at(), KIND, a.noteId(), new Msg("timeline.note.amended",
                    Excerpts.of(a.text(), EXCERPT)), a.authorName(), false));
        }
        return out;
    }

    /** The student it is about and its first words: "张子涵 — 数学成绩下滑…". */
    private static String about(HouseholdCard card, NoteRow r) {
        Student s = r.studentId() == null ? null : card.student(r.studentId());
        String first = Excerpts.first(r.needs(), r.proposal(), r.objections(), r.nextStep());
        String excerpt = Excerpts.of(first, EXCERPT);
        if (s == null) {
            return excerpt;
        }
        return excerpt.isEmpty() ? s.name() : s.name() + " — " + excerpt;
    }
}

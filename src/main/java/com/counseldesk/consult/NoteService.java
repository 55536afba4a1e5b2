package com.counseldesk.consult;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.consult.NoteDao.NoteRow;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Consultation notes (咨询记录): written as drafts while the counselor types, signed off by their
 * author, locked at the end of their session's day when nobody signed them; after that only amended.
 * Every read and write checks {@link Access} for the household, and every write is one transaction,
 * so a failure leaves the note as it was.
 *
 * <p>Who does what: the author writes and signs their draft (nobody else does); a signed or locked
 * note is amended by its author or by a manager, each amendment appended with who and when.
 */
public class NoteService {
    /** The refusals that concern the note rather than one of its fields. */
    public static final String FIELD_NOTE = "note";
    private final Database db;
    private final Clock clock;
    private final HouseholdAccess records;

    public NoteService(Database db, Clock clock, FamilyService families, OfficeService office) {
        this.db = db;
        this.clock = clock;
        this.records = new HouseholdAccess(families, office);
    }

    /** A note being written or read in the editor, with its household (the students to choose from). */
    public record Editing(HouseholdCard household, Note note) {
    }

    /** The household's notes, newest session first, each with its amendments. */
    public List<Note> notesOf(Staff who, long householdId) {
        return db.read(h -> {
            records.require(h, records.actor(h, who), householdId);
            return notes(h, h.attach(NoteDao.class).byHousehold(householdId));
        });
    }

    /** The household for a new note (nothing stored until something is written). */
    public Editing start(Staff who, long householdId) {
        return db.read(h -> new Editing(records.require(h, records.actor(h, who), householdId), null));
    }

    /** A note to read or go on writing, with its household. */
    public Editing open(Staff who, long noteId) {
        return db.read(h -> {
            NoteRow row = find(h, noteId);
            HouseholdCard card = records.require(h, records.actor(h, who), row.householdId());
            return new Editing(card, notes(h, List.of(row)).get(0));
        });
    }

    /**
     * Stores what has been written so far as the note's draft: a new note (its session now, its author
     * {@code who}) when {@code noteId} is null, else the author's own draft of that household, which must
     * still be a draft.
     */
    public Note saveDraft(Staff who, long householdId, Long noteId, NoteContent content) {
        return db.inTransaction(h -> read(h, write(h, who, householdId, noteId, content)));
    }

    /**
     * Stores the content and signs the note off, in one transaction: only its author, only a draft with
     * something in it.
     */
    public Note sign(Staff who, long householdId, Long noteId, NoteContent content) {
        if (content.isEmpty()) {
            throw new ValidationException(FIELD_NOTE, "error.note.empty");
        }
        return db.inTransaction(h -> {
            long id = write(h, who, householdId, noteId, content);
            h.attach(NoteDao.class).sign(id, now());
            return read(h, id);
        });
    }

    /** Appends an amendment to a signed or locked note: by its author or a manager. */
    public Note amend(Staff who, long noteId, String text) {
        String t = NoteContent.amendment(text);
        return db.inTransaction(h -> {
            NoteRow row = find(h, noteId);
            Staff actor = records.actor(h, who);
            records.require(h, actor, row.householdId());
            if (stateOf(row) == NoteState.DRAFT) {
                throw new ValidationException(FIELD_NOTE, "error.note.draftNotAmended");
            }
            if (row.authorId() != actor.id() && actor.role() != Role.MANAGER) {
                throw new ValidationException(FIELD_NOTE, "error.note.amendedByAuthorOrManager");
            }
            h.attach(NoteDao.class).insertAmendment(noteId, actor.id(), now(), t);
            return read(h, noteId);
        });
    }

    /** Writes the end-of-day rule into the store (at start): drafts of earlier days become LOCKED. */
    public int lockPastDrafts() {
        LocalDateTime dayStart = LocalDate.now(clock).atStartOfDay();
        return db.inTransaction(h -> h.attach(NoteDao.class).lockBefore(dayStart));
    }

    /** Inserts or updates the draft; returns its id. */
    private long write(Handle h, Staff who, long householdId, Long noteId, NoteContent content) {
        Staff actor = records.actor(h, who);
        HouseholdCard card = records.require(h, actor, householdId);
        if (content.studentId() != null && card.student(content.studentId()) == null) {
            throw new ValidationException("student", "error.student.unknown");
        }
        NoteDao dao = h.attach(NoteDao.class);
        String structured = SituationJson.write(content.situation());
        if (noteId == null) {
            return dao.insert(householdId, content.studentId(), actor.id(), now(), structured, content.stepsText(),
                    content.needs(), content.proposal(), content.objections(), content.nextStep());
        }
        NoteRow row = find(h, noteId);
        if (row.householdId() != householdId) {
            throw new ValidationException(FIELD_NOTE, "error.note.unknown");
        }
        if (row.authorId() != actor.id()) {
            throw new ValidationException(FIELD_NOTE, "error.note.notAuthor", row.authorName());
        }
        NoteState state = stateOf(row);
        if (state != NoteState.DRAFT) {
            throw new ValidationException(FIELD_NOTE, state == NoteState.SIGNED ? "error.note.signed"
                    : "error.note.locked");
        }
        dao.update(noteId, content.studentId(), now(), structured, content.stepsText(), content.needs(),
                content.proposal(), content.objections(), content.nextStep());
        return noteId;
    }

    private static NoteRow find(Handle h, long noteId) {
        return h.attach(NoteDao.class).find(noteId)
                .orElseThrow(() -> new ValidationException(FIELD_NOTE, "error.note.unknown"));
    }

    private Note read(Handle h, long noteId) {
        return notes(h, List.of(find(h, noteId))).get(0);
    }

    /** Rows as notes: content parsed, the end-of-day rule applied, amendments attached. */
    private List<Note> notes(Handle h, List<NoteRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Amendment>> amendments = h.attach(NoteDao.class)
                .amendments(rows.stream().map(NoteRow::id).toList()).stream()
                .collect(Collectors.groupingBy(Amendment::noteId));
        return rows.stream().map(r -> new Note(r.id(), r.householdId(), r.authorId(), r.authorName(), r.sessionAt(),
                new NoteContent(r.studentId(), SituationJson.read(r.structured()), NoteContent.steps(r.stepsDone()),
                        r.needs(), r.proposal(), r.objections(), r.nextStep()),
                stateOf(r), r.signedAt(), r.updatedAt(), amendments.getOrDefault(r.id(), List.of()))).toList();
    }

    private NoteState stateOf(NoteRow row) {
        return NoteState.asOf(row.state(), row.sessionAt(), LocalDate.now(clock));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}

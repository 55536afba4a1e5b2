package com.counseldesk.consult;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.consult.IntentDao.StudentRow;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Intent;
import com.counseldesk.family.Student;
import com.counseldesk.office.OfficeService;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Each student's intent level (意向分类), judged by the counselor. A change is written to the
 * household's history (entity {@code student}, field {@code intent}, before and after by constant
 * name), which is also how the timeline shows it. Read and set only by those {@link Access} lets
 * read the household's records.
 */
public class IntentService {
    /** The history's field of an intent change. */
    public static final String FIELD = "intent";
    private final Database db;
    private final FamilyService families;
    private final HouseholdAccess access;

    public IntentService(Database db, FamilyService families, OfficeService office) {
        this.db = db;
        this.families = families;
        this.access = new HouseholdAccess(families, office);
    }

    /** The household's students with their intent levels, in the order they were added. */
    public List<StudentIntent> of(long actorId, long householdId) {
        return db.read(h -> {
            HouseholdCard card = access.require(h, actorId, householdId);
            Map<Long, Intent> intents = h.attach(IntentDao.class).studentsOf(householdId).stream()
                    .filter(r -> r.intent() != null).collect(Collectors.toMap(StudentRow::id, StudentRow::intent));
            return card.students().stream().map(s -> new StudentIntent(s.id(), s.name(), intents.get(s.id())))
                    .toList();
        });
    }

    /** Sets a student's intent level; a change goes to the household's history with who made it. */
    public StudentIntent set(long actorId, long studentId, Intent intent) {
        if (intent == null) {
            throw new ValidationException(FIELD, "error.required");
        }
        return db.inTransaction(h -> {
            IntentDao dao = h.attach(IntentDao.class);
            StudentRow row = dao.student(studentId)
                    .orElseThrow(() -> new ValidationException("student", "error.student.unknown"));
            HouseholdCard card = access.require(h, actorId, row.householdId());
            if (row.intent() != intent) {
                dao.setIntent(studentId, intent);
                families.in(h).log(row.householdId(), "student", studentId, FIELD,
                        row.intent() == null ? null : row.intent().name(), intent.name(), "", actorId);
            }
            Student s = card.student(studentId);
            return new StudentIntent(studentId, s.name(), intent);
        });
    }
}

package com.counseldesk.contract;

import com.counseldesk.common.Fen;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The course catalogue (课程与套餐): a manager adds courses and packages with their subjects, class
 * hours and list price, changes a price from a day on (the earlier prices stay, and contracts keep the
 * price they were signed at), and deactivates what the office no longer sells. Everyone reads it.
 */
public class CourseService {
    public static final String PRICE = "coursePrice";
    public static final String PRICE_FROM = "priceFrom";
    private final Database db;
    private final Clock clock;
    private final OfficeService office;

    public CourseService(Database db, Clock clock, OfficeService office) {
        this.db = db;
        this.clock = clock;
        this.office = office;
    }

    /** Every course, active first, with its price today. */
    public List<Course> all() {
        return db.read(h -> h.attach(CourseDao.class).all(today()));
    }

    /** The courses a contract can be signed for: the active ones with a price on {@code day}. */
    public List<Course> offered(LocalDate day) {
        return db.read(h -> h.attach(CourseDao.class).all(day).stream()
                .filter(c -> c.active() && c.price() != null).toList());
    }

    /** A course's prices, the latest first. */
    public List<CoursePrice> prices(long courseId) {
        return db.read(h -> h.attach(CourseDao.class).prices(courseId));
    }

    /** Adds a course with its list price from today. */
    public Course add(long actorId, CourseDetails d, Fen price) {
        LocalDateTime now = now();
        return db.inTransaction(h -> {
            Staff actor = manager(h, actorId);
            CourseDao dao = h.attach(CourseDao.class);
            refuseTakenName(dao, d.name(), null);
            long id = dao.insert(d.name(), d.kind(), Subjects.text(d.subjects()), d.classHours(), actor.id(), now);
            dao.insertPrice(id, now.toLocalDate(), price.value(), actor.id(), now);
            return dao.find(id, now.toLocalDate()).orElseThrow();
        });
    }

    /** Changes a course's name, kind, subjects or hours (contracts signed keep what they were signed for). */
    public Course update(long actorId, long courseId, CourseDetails d) {
        return db.inTransaction(h -> {
            manager(h, actorId);
            CourseDao dao = h.attach(CourseDao.class);
            refuseTakenName(dao, d.name(), courseId);
            if (dao.update(courseId, d.name(), d.kind(), Subjects.text(d.subjects()), d.classHours()) != 1) {
                throw new ValidationException(CourseDetails.NAME, "error.course.unknown");
            }
            return dao.find(courseId, today()).orElseThrow();
        });
    }

    /** A new list price from {@code from} on (today or later); contracts already signed keep theirs. */
    public Course changePrice(long actorId, long courseId, Fen price, LocalDate from) {
        LocalDateTime now = now();
        if (from == null) {
            throw new ValidationException(PRICE_FROM, "error.required");
        }
        if (from.isBefore(now.toLocalDate())) {
            throw new ValidationException(PRICE_FROM, "error.course.priceFromPast");
        }
        return db.inTransaction(h -> {
            Staff actor = manager(h, actorId);
            CourseDao dao = h.attach(CourseDao.class);
            dao.find(courseId, from).orElseThrow(() -> new ValidationException(PRICE, "error.course.unknown"));
            dao.insertPrice(courseId, from, price.value(), actor.id(), now);
            return dao.find(courseId, now.toLocalDate()).orElseThrow();
        });
    }

    /** Stops (or starts again) offering a course; it stays on the contracts signed for it. */
    public Course setActive(long actorId, long courseId, boolean active) {
        return db.inTransaction(h -> {
            manager(h, actorId);
            CourseDao dao = h.attach(CourseDao.class);
            if (dao.setActive(courseId, active) != 1) {
                throw new ValidationException(CourseDetails.NAME, "error.course.unknown");
            }
            return dao.find(courseId, today()).orElseThrow();
        });
    }

    private Staff manager(Handle h, long actorId) {
        Staff actor = office.activeStaff(h, actorId);
        if (actor.role() != Role.MANAGER) {
            throw new ValidationException(CourseDetails.NAME, "error.course.managerOnly");
        }
        return actor;
    }

    private static void refuseTakenName(CourseDao dao, String name, Long except) {
        dao.named(name).filter(id -> !id.equals(except)).ifPresent(id -> {
            throw new ValidationException(CourseDetails.NAME, "error.course.nameTaken");
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}

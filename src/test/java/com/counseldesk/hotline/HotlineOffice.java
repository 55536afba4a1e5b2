package com.counseldesk.hotline;

import com.counseldesk.common.Phone;
import com.counseldesk.consult.FollowUpPlan;
import com.counseldesk.consult.FollowUpService;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Subject;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The typical office (front desk 王芳, manager 赵丽, counselors 李明 and 张伟) with the hotline services
 * wired as the app wires them, their calls and appointments on the family page's timeline; and a
 * builder of calls: a new family's inbound call ending in "not interested" unless told otherwise.
 */
final class HotlineOffice implements AutoCloseable {
    final TestOffice t;
    final DutyService duty;
    final AppointmentService appointments;
    final CallService calls;
    final long frontDesk;
    final long manager;
    final long liMing;
    final long zhangWei;

    HotlineOffice(Path folder) {
        t = TestOffice.typical(folder);
        duty = new DutyService(t.db, t.clock, t.office);
        appointments = new AppointmentService(t.db, t.clock, t.families, t.office, t.walkIns);
        calls = new CallService(t.db, t.clock, t.families, t.office, duty, appointments,
                new FollowUpService(t.db, t.clock, t.families, t.office, t.visits));
        t.families.addTimelineSource(calls);
        t.families.addTimelineSource(appointments);
        frontDesk = t.staff(TestOffice.FRONT_DESK).id();
        manager = t.staff(TestOffice.MANAGER).id();
        liMing = t.staff(TestOffice.COUNSELOR).id();
        zhangWei = t.staff(TestOffice.OTHER_COUNSELOR).id();
    }

    LocalDateTime now() {
        return t.clock.localNow();
    }

    Call call() {
        return new Call();
    }

    /** Test data for a call. */
    final class Call {
        private CallKind kind = CallKind.INBOUND;
        private String phone = "139 0000 1111";
        private String student = "";
        private Grade grade = Grade.UNKNOWN;
        private String school = "";
        private final List<SubjectNote> subjects = new ArrayList<>();
        private String parent = "";
        private Relation relation = Relation.UNKNOWN;
        private String district = "";
        private String needs = "";
        private String summary = "";
        private int duration = 17 * 60;
        private CallOutcome outcome = CallOutcome.NOT_INTERESTED;
        private FollowUpPlan followUp;
        private Booking booking;
        private Long turn;
        private boolean warningsSeen;

        Call kind(CallKind value) {
            kind = value;
            return this;
        }

        Call phone(String value) {
            phone = value;
            return this;
        }

        /** A student of this name in 初二 at 实验中学, the mother 王丽 on the phone. */
        Call family(String studentName) {
            student = studentName;
            grade = Grade.J2;
            school = "实验中学";
            parent = "王丽";
            relation = Relation.MOTHER;
            return this;
        }

        Call student(String value) {
            student = value;
            return this;
        }

        Call subject(Subject s, String standing, boolean wanted) {
            subjects.add(new SubjectNote(s, standing, wanted));
            return this;
        }

        Call district(String value) {
            district = value;
            return this;
        }

        Call needs(String value) {
            needs = value;
            return this;
        }

        Call summary(String value) {
            summary = value;
            return this;
        }

        Call duration(int seconds) {
            duration = seconds;
            return this;
        }

        Call outcome(CallOutcome value) {
            outcome = value;
            return this;
        }

        /** Ends with a visit booked at this time. */
        Call booked(LocalDateTime at) {
            return booked(Booking.at(at));
        }

        Call booked(Booking b) {
            outcome = CallOutcome.BOOKED;
            booking = b;
            return this;
        }

        /** Ends with a follow-up set for this day. */
        Call followUp(FollowUpPlan f) {
            outcome = CallOutcome.FOLLOW_UP;
            followUp = f;
            return this;
        }

        Call turn(Long value) {
            turn = value;
            return this;
        }

        Call warningsSeen() {
            warningsSeen = true;
            return this;
        }

        NewCall build() {
            CallSheet sheet = new CallSheet(Phone.parse(phone), student, student.isEmpty() ? null : Gender.MALE, grade,
                    school, subjects, "", new ContactDetails(parent, relation), district, needs, summary);
            return new NewCall(kind, sheet, null, duration, outcome, followUp, booking);
        }

        /** Logged by this person. */
        LoggedCall by(long staffId) {
            return calls.log(staffId, build(), turn, warningsSeen);
        }
    }

    @Override
    public void close() {
        t.close();
    }
}

package com.counseldesk.consult;

import static com.counseldesk.consult.NoteOffice.written;
import static com.counseldesk.testutil.TestOffice.COUNSELOR;
import static com.counseldesk.testutil.TestOffice.FRONT_DESK;
import static com.counseldesk.testutil.TestOffice.MANAGER;
import static com.counseldesk.testutil.TestOffice.OTHER_COUNSELOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Subject;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.FailingWrites;
import com.counseldesk.walkin.Registration;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Consultation notes at the service: drafts, sign-off, the end-of-day lock, amendments, who sees them. */
class NoteServiceTest {
    @TempDir
    Path folder;
    private NoteOffice t;
    private Registration zhang;
    private Staff liMing;

    @BeforeEach
    void office() {
        t = NoteOffice.typical(folder);
        zhang = t.family("13812345678", "张子涵", COUNSELOR);
        liMing = t.staff(COUNSELOR);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static void refused(String key, Executable action) {
        ValidationException e = assertThrows(ValidationException.class, action);
        assertEquals(key, e.messageKey(), e.getMessage());
    }

    @Test
    void aDraftIsStoredAtItsFirstSaveAndUpdatedByTheNext() {
        Note first = t.notes.saveDraft(liMing, zhang.householdId(), null, written("数学"));
        t.clock.advance(Duration.ofSeconds(30));
        Note second = t.notes.saveDraft(liMing, zhang.householdId(), first.id(),
                written("数学成绩下滑", ConsultStep.PREPARE).withStudent(zhang.studentId()));

        assertEquals(first.id(), second.id());
        assertEquals(1, t.office.count("note"));
        assertEquals(NoteState.DRAFT, second.state());
        assertEquals("数学成绩下滑", second.content().needs());
        assertEquals(Set.of(ConsultStep.PREPARE), second.content().steps());
        assertEquals(zhang.studentId(), second.content().studentId());
        assertEquals(COUNSELOR, second.authorName());
        assertEquals(LocalDateTime.of(2026, 11, 27, 10, 0), second.sessionAt());
        assertEquals(LocalDateTime.of(2026, 11, 27, 10, 0, 30), second.updatedAt());
        assertEquals(List.of("1000000000"), t.column("SELECT steps_done FROM note"));
    }

    @Test
    void theStructuredPartIsStoredAsJsonAndReadBackAsWritten() {
        StudentSituation situation = new StudentSituation(List.of(
                new SubjectScore(Subject.MATH, "", new BigDecimal("95.5"), new BigDecimal(120), 12, "函数"),
                new SubjectScore(Subject.OTHER, "科学", null, null, null, "实验题")),
                "上课走神", "期末考试", "中考 600 分", WhoWants.BOTH, "去年暑假一对一", "效果一般",
                Set.of(Brought.TEST_PAPERS, Brought.ERROR_NOTEBOOK));
        NoteContent content = new NoteContent(zhang.studentId(), situation, Set.of(), "", "", "", "");

        Note stored = t.notes.saveDraft(liMing, zhang.householdId(), null, content);

        assertEquals(situation, t.notes.open(liMing, stored.id()).note().content().situation());
        String json = t.column("SELECT structured FROM note").get(0);
        assertEquals(true, json.contains("\"subject\":\"MATH\"") && json.contains("\"score\":95.5")
                && json.contains("\"brought\":[\"TEST_PAPERS\",\"ERROR_NOTEBOOK\"]"), json);
    }

    @Test
    void onlyTheAuthorWritesTheDraftNotEvenAManager() {
        Note draft = t.notes.saveDraft(liMing, zhang.householdId(), null, written("数学"));

        refused("error.note.notAuthor", () -> t.notes.saveDraft(t.staff(MANAGER), zhang.householdId(), draft.id(),
                written("改写")));
        refused("error.note.notAuthor", () -> t.notes.sign(t.staff(MANAGER), zhang.householdId(), draft.id(),
                written("改写")));
        assertEquals("数学", t.notes.open(liMing, draft.id()).note().content().needs());
    }

    @Test
    void theAuthorSignsOffAndTheNoteIsReadOnlyFromThen() {
        Note draft = t.notes.saveDraft(liMing, zhang.householdId(), null, written("数学"));
        t.clock.advance(Duration.ofMinutes(40));

        Note signed = t.notes.sign(liMing, zhang.householdId(), draft.id(), written("数学要补基础", ConsultStep.CLOSE));

        assertEquals(NoteState.SIGNED, signed.state());
        assertEquals(LocalDateTime.of(2026, 11, 27, 10, 40), signed.signedAt());
        assertEquals("数学要补基础", signed.content().needs());
        refused("error.note.signed", () -> t.notes.saveDraft(liMing, zhang.householdId(), draft.id(), written("改")));
        refused("error.note.signed", () -> t.notes.sign(liMing, zhang.householdId(), draft.id(), written("改")));
        assertEquals("数学要补基础", t.notes.open(liMing, draft.id()).note().content().needs());
    }

    @Test
    void aNoteWrittenAndSignedAtOnceIsOneNote() {
        Note signed = t.notes.sign(liMing, zhang.householdId(), null, written("数学"));

        assertEquals(NoteState.SIGNED, signed.state());
        assertEquals(1, t.office.count("note"));
    }

    @Test
    void anEmptyNoteIsNotSigned() {
        Note draft = t.notes.saveDraft(liMing, zhang.householdId(), null, written("数学"));

        refused("error.note.empty", () -> t.notes.sign(liMing, zhang.householdId(), draft.id(), NoteContent.EMPTY));
        assertEquals("DRAFT", t.storedState(draft.id()));
    }

    @Test
    void aDraftNobodySignedIsLockedWhenItsDayEnds() {
        t.clock.set(LocalDateTime.of(2026, 11, 27, 23, 50));
        Note draft = t.notes.saveDraft(liMing, zhang.householdId(), null, written("数学"));

        t.clock.set(LocalDateTime.of(2026, 11, 27, 23, 59, 59));
        assertEquals(NoteState.DRAFT, t.notes.open(liMing, draft.id()).note().state());
        t.notes.saveDraft(liMing, zhang.householdId(), draft.id(), written("数学和英语"));

        t.clock.set(LocalDateTime.of(2026, 11, 28, 0, 0));
        assertEquals(NoteState.LOCKED, t.notes.open(liMing, draft.id()).note().state(), "read after midnight");
        assertEquals(NoteState.LOCKED, t.notes.notesOf(liMing, zhang.householdId()).get(0).state());
        assertEquals("DRAFT", t.storedState(draft.id()), "not yet written down");
        refused("error.note.locked", () -> t.notes.saveDraft(liMing, zhang.householdId(), draft.id(), written("改")));
        refused("error.note.locked", () -> t.notes.sign(liMing, zhang.householdId(), draft.id(), written("改")));

        assertEquals(1, t.notes.lockPastDrafts(), "at start");
        assertEquals("LOCKED", t.storedState(draft.id()));
        assertEquals("数学和英语", t.notes.open(liMing, draft.id()).note().content().needs());
        assertNull(t.notes.open(liMing, draft.id()).note().signedAt());
    }

    @Test
    void todaysDraftsStayDraftsAtStart() {
        Note draft = t.notes.saveDraft(liMing, zhang.householdId(), null, written("数学"));

        assertEquals(0, t.notes.lockPastDrafts());
        assertEquals("DRAFT", t.storedState(draft.id()));
    }

    @Test
    void aSignedNoteIsAmendedByItsAuthorAndByAManagerAppendedNeverOverwritten() {
        Note signed = t.notes.sign(liMing, zhang.householdId(), null, written("数学"));
        t.clock.advance(Duration.ofHours(2));
        t.notes.amend(liMing, signed.id(), "家长来电：\n想先试听一次");
        t.clock.advance(Duration.ofMinutes(5));

        Note amended = t.notes.amend(t.staff(MANAGER), signed.id(), "已安排周六试听");

        assertEquals("数学", amended.content().needs());
        assertEquals(NoteState.SIGNED, amended.state());
        assertEquals(List.of("家长来电：\n想先试听一次", "已安排周六试听"),
                amended.amendments().stream().map(Amendment::text).toList());
        assertEquals(List.of(COUNSELOR, MANAGER), amended.amendments().stream().map(Amendment::authorName).toList());
        assertEquals(LocalDateTime.of(2026, 11, 27, 12, 5), amended.amendments().get(1).at());
    }

    @Test
    void aLockedNoteIsAmendedToo() {
        Note draft = t.notes.saveDraft(liMing, zhang.householdId(), null, written("数学"));
        t.clock.advance(Duration.ofDays(1));

        Note amended = t.notes.amend(liMing, draft.id(), "昨天忘了签字：内容无误");

        assertEquals(NoteState.LOCKED, amended.state());
        assertEquals(1, amended.amendments().size());
    }

    @Test
    void aDraftIsWrittenNotAmendedAndAnEmptyAmendmentIsRefused() {
        Note draft = t.notes.saveDraft(liMing, zhang.householdId(), null, written("数学"));
        refused("error.note.draftNotAmended", () -> t.notes.amend(liMing, draft.id(), "补充"));

        Note signed = t.notes.sign(liMing, zhang.householdId(), draft.id(), written("数学"));
        ValidationException e = assertThrows(ValidationException.class, () -> t.notes.amend(liMing, signed.id(), "  "));
        assertEquals(NoteContent.AMENDMENT, e.field());
        assertEquals("error.required", e.messageKey());
        assertEquals(0, t.office.count("note_amendment"));
    }

    @Test
    void aCounselorWhoSeesTheFamilyButDidNotWriteTheNoteDoesNotAmendIt() {
        t.unowned(zhang.householdId());
        Note signed = t.notes.sign(liMing, zhang.householdId(), null, written("数学"));

        refused("error.note.amendedByAuthorOrManager", () -> t.notes.amend(t.staff(OTHER_COUNSELOR), signed.id(),
                "补充"));
        assertEquals(1, t.notes.notesOf(t.staff(OTHER_COUNSELOR), zhang.householdId()).size(), "reads it");
    }

    @Test
    void anotherCounselorsFamilysNotesAreNeitherReadNorWrittenNorAmended() {
        Note signed = t.notes.sign(liMing, zhang.householdId(), null, written("数学"));
        Staff zhangWei = t.staff(OTHER_COUNSELOR);
        long household = zhang.householdId();

        for (Staff who : List.of(zhangWei, t.staff(FRONT_DESK))) {
            refused(Access.REFUSED, () -> t.notes.notesOf(who, household));
            refused(Access.REFUSED, () -> t.notes.open(who, signed.id()));
            refused(Access.REFUSED, () -> t.notes.start(who, household));
            refused(Access.REFUSED, () -> t.notes.saveDraft(who, household, null, written("抢单")));
            refused(Access.REFUSED, () -> t.notes.amend(who, signed.id(), "补充"));
        }
        assertEquals(1, t.office.count("note"));
        assertEquals(0, t.office.count("note_amendment"));
        assertEquals(1, t.notes.notesOf(t.staff(MANAGER), household).size(), "a manager reads every family's");
    }

    @Test
    void aFamilyNobodyOwnsIsOpenToEveryCounselorAndAnOwnerWhoLeftOwnsNothing() {
        Registration li = t.family("13900001111", "李小龙", OTHER_COUNSELOR);
        t.unowned(zhang.householdId());
        t.notes.saveDraft(t.staff(OTHER_COUNSELOR), zhang.householdId(), null, written("数学"));
        assertEquals(1, t.notes.notesOf(liMing, zhang.householdId()).size());

        t.office.deactivate(OTHER_COUNSELOR);
        assertEquals(List.of(), t.notes.notesOf(liMing, li.householdId()), "the household of one who left is free");
    }

    @Test
    void someoneDeactivatedSinceTheyChoseTheirNameWritesNothing() {
        t.office.deactivate(COUNSELOR);

        refused(Access.REFUSED, () -> t.notes.saveDraft(liMing, zhang.householdId(), null, written("数学")));
        assertEquals(0, t.office.count("note"));
    }

    @Test
    void aStudentOfAnotherHouseholdIsRefused() {
        Registration li = t.family("13900001111", "李小龙", COUNSELOR);

        ValidationException e = assertThrows(ValidationException.class, () -> t.notes.saveDraft(liMing,
                zhang.householdId(), null, written("数学").withStudent(li.studentId())));
        assertEquals("student", e.field());
        assertEquals(0, t.office.count("note"));
    }

    @Test
    void aNoteWhoseSignatureFailsInTheStoreIsNotStoredHalfWay() {
        FailingWrites.start(t.db, "UPDATE", "note");
        try {
            assertThrows(RuntimeException.class, () -> t.notes.sign(liMing, zhang.householdId(), null,
                    written("数学")));
        } finally {
            FailingWrites.stop(t.db, "UPDATE", "note");
        }
        assertEquals(0, t.office.count("note"), "neither a draft nor a signed note");
    }

    @Test
    void aFailedDraftSaveKeepsTheDraftAsItWas() {
        Note draft = t.notes.saveDraft(liMing, zhang.householdId(), null, written("数学"));
        FailingWrites.start(t.db, "UPDATE", "note");
        try {
            assertThrows(RuntimeException.class, () -> t.notes.saveDraft(liMing, zhang.householdId(), draft.id(),
                    written("数学和英语")));
        } finally {
            FailingWrites.stop(t.db, "UPDATE", "note");
        }
        assertEquals("数学", t.notes.open(liMing, draft.id()).note().content().needs());
    }

    @Test
    void theTimelineShowsEachNoteWrittenSignedLockedAndAmendedToThoseWhoReadItOnly() {
        Note signed = t.notes.sign(liMing, zhang.householdId(), null,
                written("数学成绩下滑").withStudent(zhang.studentId()));
        t.clock.advance(Duration.ofHours(1));
        t.notes.amend(liMing, signed.id(), "家长想先试听");
        t.clock.set(LocalDateTime.of(2026, 11, 27, 16, 0));
        Note draft = t.notes.saveDraft(liMing, zhang.householdId(), null, written(""));
        t.clock.set(LocalDateTime.of(2026, 11, 28, 9, 0));

        t.reader = liMing;
        List<String> entries = t.office.families.timeline(zhang.householdId()).stream()
                .filter(e -> e.kind().equals(NoteTimeline.KIND))
                .map(e -> e.at() + " " + e.summary().key() + " " + List.of(e.summary().args()) + " " + e.staffName())
                .toList();

        assertEquals(List.of(
                "2026-11-28T00:00 timeline.note.locked [] null",
                "2026-11-27T16:00 timeline.note.written [LOCKED, ] " + COUNSELOR,
                "2026-11-27T11:00 timeline.note.amended [家长想先试听] " + COUNSELOR,
                "2026-11-27T10:00 timeline.note.written [SIGNED, 张子涵 — 数学成绩下滑] " + COUNSELOR,
                "2026-11-27T10:00 timeline.note.signed [张子涵 — 数学成绩下滑] " + COUNSELOR), entries);
        assertEquals(draft.id(), t.office.families.timeline(zhang.householdId()).get(0).refId());

        for (String other : List.of(OTHER_COUNSELOR, FRONT_DESK)) {
            t.reader = t.staff(other);
            assertEquals(List.of(), t.office.families.timeline(zhang.householdId()).stream()
                    .filter(e -> e.kind().equals(NoteTimeline.KIND)).toList(), other);
        }
    }
}

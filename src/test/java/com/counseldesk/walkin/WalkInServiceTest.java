package com.counseldesk.walkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Family;
import com.counseldesk.family.FamilyCard;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Stage;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.WalkInBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrationServiceTest {
    private static final String LI_MING = TestOffice.COUNSELOR;
    private static final String ZHANG_WEI = TestOffice.OTHER_COUNSELOR;

    @TempDir
    Path dir;
    private TestOffice t;
    private RegistrationService service;

    @BeforeEach
    void open() {
        t = TestOffice.typical(dir);
        service = t.registration;
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static void assertRefused(String field, String key, Runnable action) {
        ValidationException e = assertThrows(ValidationException.class, action::run);
        assertEquals(field, e.field(), "field");
        assertEquals(key, e.messageKey(), "message key");
    }

    @Test
    void aNewFamilyBelongsToTheCounselorAtTheDesk() {
        Registration r = t.register(t.walkIn(LI_MING).phone("138 1234 5678"));

        assertTrue(r.newFamily());
        assertFalse(r.ownerKept());
        assertEquals(LI_MING, r.ownerName());
        Family f = t.family(r.familyId());
        assertEquals(t.staff(LI_MING).id(), f.ownerId());
        assertEquals(Stage.VISITED, f.stage());
        assertEquals("13812345678", f.phone().value());
        assertEquals(Channel.DIRECT, f.channel());
        assertEquals(t.clock.localNow(), f.createdAt());
        assertEquals(t.staff(TestOffice.FRONT_DESK).id(), f.createdBy());
        assertEquals(1, t.count("family"));
        assertEquals(1, t.count("visit"));
    }

    @Test
    void theVisitRecordsArrivalReceiverAndCounselor() {
        Registration r = t.register(t.walkIn(LI_MING));

        VisitRow row = service.visitsOf(r.familyId()).get(0);
        assertEquals(r.visitId(), row.visitId());
        assertEquals(t.clock.localNow(), row.arrivedAt());
        assertEquals(VisitStatus.WAITING, row.status());
        assertEquals(LI_MING, row.counselorName());
        assertEquals("学生和母亲", row.whoCame());
        long receivedBy = t.db.read(h -> h.createQuery("SELECT received_by FROM visit WHERE id = :id")
                .bind("id", r.visitId()).mapTo(Long.class).one());
        assertEquals(t.staff(TestOffice.FRONT_DESK).id(), receivedBy);
    }

    @Test
    void aReturningFamilyIsFoundByItsPhoneInAnySpelling() {
        Registration first = t.register(t.walkIn(LI_MING).phone("13812345678"));
        t.clock.advance(Duration.ofDays(14));

        Registration again = t.register(t.walkIn(LI_MING).phone("+86 138-1234-5678").student("张子涵"));

        assertFalse(again.newFamily());
        assertEquals(first.familyId(), again.familyId());
        assertEquals(1, t.count("family"));
        assertEquals(2, t.count("visit"));
        assertEquals(2, service.findById(first.familyId()).orElseThrow().visits());
    }

    @Test
    void aReturningFamilyKeepsItsOwnerWhenAnotherCounselorReceivesIt() {
        Registration first = t.register(t.walkIn(LI_MING));

        Registration again = t.register(t.walkIn(ZHANG_WEI).phone("0086 138 1234 5678"));

        assertTrue(again.ownerKept());
        assertEquals(t.staff(LI_MING).id(), again.ownerId());
        assertEquals(LI_MING, again.ownerName());
        assertEquals(t.staff(LI_MING).id(), t.family(first.familyId()).ownerId());
        assertEquals(ZHANG_WEI, service.visitsOf(first.familyId()).get(0).counselorName(),
                "the visit itself goes to the counselor who received it");
    }

    @Test
    void theOwnerReceivingTheirFamilyAgainIsNoTakeOver() {
        t.register(t.walkIn(LI_MING));

        Registration again = t.register(t.walkIn(LI_MING));

        assertFalse(again.ownerKept());
        assertEquals(LI_MING, again.ownerName());
    }

    @Test
    void aFamilyOfACounselorWhoLeftGoesToTheOneReceivingIt() {
        Registration first = t.register(t.walkIn(LI_MING));
        t.deactivate(LI_MING);

        Registration again = t.register(t.walkIn(ZHANG_WEI));

        assertFalse(again.ownerKept());
        assertEquals(ZHANG_WEI, again.ownerName());
        assertEquals(t.staff(ZHANG_WEI).id(), t.family(first.familyId()).ownerId());
    }

    @Test
    void aReturningVisitUpdatesTheFamilyDetailsButNotItsSource() {
        Registration first = t.register(t.walkIn(LI_MING).channel(Channel.MARKETING).school("实验中学"));

        t.register(t.walkIn(LI_MING).channel(Channel.INVITED).school("第一中学").student("张子晗"));

        Family f = t.family(first.familyId());
        assertEquals("第一中学", f.school());
        assertEquals("张子晗", f.studentName());
        assertEquals(Channel.MARKETING, f.channel());
    }

    @Test
    void whatTheDeskLeavesBlankKeepsWhatTheOfficeKnew() {
        Registration first = t.register(t.walkIn(LI_MING).school("实验中学").parent("王丽")
                .grade(Grade.J2).gender(Gender.FEMALE).relation(Relation.MOTHER));

        t.register(t.walkIn(LI_MING).school("").parent("").grade(Grade.UNKNOWN).gender(Gender.UNKNOWN)
                .relation(Relation.UNKNOWN));

        Family f = t.family(first.familyId());
        assertEquals("实验中学", f.school());
        assertEquals("王丽", f.parentName());
        assertEquals(Grade.J2, f.grade());
        assertEquals(Gender.FEMALE, f.gender());
        assertEquals(Relation.MOTHER, f.parentRelation());
    }

    @Test
    void aSignedFamilyStaysSignedWhenItVisitsAgain() {
        Registration first = t.register(t.walkIn(LI_MING));
        t.execute("UPDATE family SET stage = 'SIGNED' WHERE id = " + first.familyId());

        t.register(t.walkIn(LI_MING));

        assertEquals(Stage.SIGNED, t.family(first.familyId()).stage());
    }

    @Test
    void aReferralRecordsTheReferringFamily() {
        Registration referrer = t.register(t.walkIn(LI_MING).phone("13912345678").student("李浩然"));

        Registration r = t.register(t.walkIn(ZHANG_WEI).phone("13812345678").referredBy(referrer.familyId()));

        Family f = t.family(r.familyId());
        assertEquals(Channel.REFERRAL, f.channel());
        assertEquals(referrer.familyId(), f.referredBy());
    }

    @Test
    void aReferrerMustExist() {
        WalkInBuilder walkIn = t.walkIn(LI_MING).referredBy(999);

        assertRefused("referrer", "error.referrer.unknown", () -> t.register(walkIn));
        assertEquals(0, t.count("family"));
        assertEquals(0, t.count("visit"));
    }

    @Test
    void aFamilyCannotReferItself() {
        Registration first = t.register(t.walkIn(LI_MING).phone("13812345678"));
        WalkInBuilder walkIn = t.walkIn(LI_MING).phone("138-1234-5678").referredBy(first.familyId());

        assertRefused("referrer", "error.referrer.self", () -> t.register(walkIn));
        assertEquals(1, t.count("visit"));
        assertEquals(Channel.DIRECT, t.family(first.familyId()).channel());
    }

    @Test
    void theFrontDeskCannotConsult() {
        WalkInBuilder walkIn = WalkInBuilder.aWalkIn().counselor(t.staff(TestOffice.FRONT_DESK).id());

        assertRefused("counselor", "error.counselor.invalid", () -> t.register(walkIn));
        assertEquals(0, t.count("family"));
    }

    @Test
    void anUnknownOrInactiveCounselorIsRefused() {
        long liMing = t.staff(LI_MING).id();
        t.deactivate(LI_MING);

        assertRefused("counselor", "error.counselor.invalid", () -> t.register(WalkInBuilder.aWalkIn().counselor(999)));
        assertRefused("counselor", "error.counselor.invalid",
                () -> t.register(WalkInBuilder.aWalkIn().counselor(liMing)));
        assertEquals(0, t.count("family"));
    }

    @Test
    void aManagerMayConsult() {
        Registration r = t.register(t.walkIn(TestOffice.MANAGER));

        assertEquals(TestOffice.MANAGER, r.ownerName());
    }

    @Test
    void aFailedVisitInsertLeavesNoFamilyBehind() {
        t.failVisitInserts();

        RuntimeException e = assertThrows(RuntimeException.class, () -> t.register(t.walkIn(LI_MING)));

        assertTrue(String.valueOf(e.getMessage()).contains("disk full"), e.getMessage());
        assertEquals(0, t.count("family"));
        assertEquals(0, t.count("visit"));
        assertTrue(service.findByPhone(Phone.parse("13812345678")).isEmpty());
    }

    @Test
    void aFailedReturningVisitLeavesTheFamilyAsItWas() {
        Registration first = t.register(t.walkIn(LI_MING).school("实验中学"));
        t.failVisitInserts();

        assertThrows(RuntimeException.class, () -> t.register(t.walkIn(ZHANG_WEI).school("第一中学")));

        Family f = t.family(first.familyId());
        assertEquals("实验中学", f.school());
        assertEquals(t.staff(LI_MING).id(), f.ownerId());
        assertEquals(1, t.count("visit"));
    }

    @Test
    void todaysVisitsAreOnlyToday() {
        t.clock.set(LocalDateTime.of(2026, 11, 26, 23, 50));
        t.register(t.walkIn(LI_MING).phone("13900000001").student("昨天"));
        t.clock.set(LocalDateTime.of(2026, 11, 27, 0, 0));
        t.register(t.walkIn(LI_MING).phone("13900000002").student("午夜"));
        t.clock.set(LocalDateTime.of(2026, 11, 27, 19, 30));
        t.register(t.walkIn(LI_MING).phone("13900000003").student("晚上"));

        assertEquals(List.of("午夜", "晚上"), students(service.todaysVisits()));

        t.clock.advance(Duration.ofDays(1));
        assertEquals(List.of(), service.todaysVisits());
    }

    private static List<String> students(List<VisitRow> rows) {
        return rows.stream().map(VisitRow::studentName).toList();
    }

    @Test
    void leavingRecordsTheTimeAndComingBackClearsIt() {
        Registration r = t.register(t.walkIn(LI_MING));
        t.clock.advance(Duration.ofMinutes(50));

        VisitRow left = service.setStatus(r.visitId(), VisitStatus.LEFT);

        assertEquals(VisitStatus.LEFT, left.status());
        assertEquals(LocalDateTime.of(2026, 11, 27, 10, 50), left.leftAt());

        VisitRow back = service.setStatus(r.visitId(), VisitStatus.CONSULTING);

        assertEquals(VisitStatus.CONSULTING, back.status());
        assertNull(back.leftAt());
        assertEquals(back, service.todaysVisits().get(0));
    }

    @Test
    void anUnknownVisitCannotChangeStatus() {
        assertThrows(IllegalArgumentException.class, () -> service.setStatus(999, VisitStatus.LEFT));
    }

    @Test
    void aFamilysVisitsComeNewestFirst() {
        long family = t.register(t.walkIn(LI_MING).purpose("第一次")).familyId();
        t.clock.advance(Duration.ofDays(7));
        t.register(t.walkIn(ZHANG_WEI).purpose("第二次"));
        t.clock.advance(Duration.ofDays(7));
        t.register(t.walkIn(LI_MING).purpose("第三次"));

        assertEquals(List.of("第三次", "第二次", "第一次"),
                service.visitsOf(family).stream().map(VisitRow::purpose).toList());
    }

    @Test
    void suggestionsNeedFourDigitsAndMatchTheStartOfTheNumber() {
        t.register(t.walkIn(LI_MING).phone("13812345678").student("甲"));
        t.register(t.walkIn(LI_MING).phone("13812340000").student("乙"));
        t.register(t.walkIn(LI_MING).phone("13912345678").student("丙"));
        t.register(t.walkIn(LI_MING).phone("010-6234 5678").student("丁"));

        assertEquals(List.of(), service.suggest("138"));
        assertEquals(List.of("乙", "甲"), names(service.suggest("1381")));
        assertEquals(List.of("乙", "甲"), names(service.suggest("+86 138-1")));
        assertEquals(List.of("甲"), names(service.suggest("138 1234 5")));
        assertEquals(List.of("丁"), names(service.suggest("(010) 62")));
        assertEquals(List.of(), service.suggest("1370"));
    }

    @Test
    void suggestionsAreLimitedToFive() {
        for (int i = 0; i < 8; i++) {
            t.register(t.walkIn(LI_MING).phone("1381234567" + i));
        }

        assertEquals(5, service.suggest("1381234").size());
    }

    private static List<String> names(List<FamilyCard> cards) {
        return cards.stream().map(c -> c.family().studentName()).toList();
    }
}

package com.counseldesk.contract;

import com.counseldesk.common.Fen;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Subject;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.Registration;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The typical office (front desk 王芳, manager 赵丽, counselors 李明 and 张伟) with the contract services
 * wired as the app wires them, two courses in the catalogue (初二数学 40 hours ¥8,000; 英语提高 30 hours
 * ¥4,500.50), and a family (张子涵, 138 1234 5678) that visited 李明, who owns it.
 */
final class ContractOffice implements AutoCloseable {
    final TestOffice t;
    final CourseService courses;
    final ContractService contracts;
    final Referrals referrals;
    final long frontDesk;
    final long manager;
    final long liMing;
    final long zhangWei;
    final Course math;
    final Course english;
    final HouseholdCard family;
    final long student;

    ContractOffice(Path folder) {
        t = TestOffice.typical(folder);
        courses = new CourseService(t.db, t.clock, t.office);
        contracts = new ContractService(t.db, t.clock, t.families, t.office);
        referrals = new Referrals(t.db, t.families, t.office);
        frontDesk = t.staff(TestOffice.FRONT_DESK).id();
        manager = t.staff(TestOffice.MANAGER).id();
        liMing = t.staff(TestOffice.COUNSELOR).id();
        zhangWei = t.staff(TestOffice.OTHER_COUNSELOR).id();
        math = courses.add(manager, new CourseDetails("初二数学", CourseKind.COURSE, Set.of(Subject.MATH), 40),
                Fen.yuan(8000));
        english = courses.add(manager, new CourseDetails("英语提高", CourseKind.COURSE, Set.of(Subject.ENGLISH), 30),
                Fen.of(450_050));
        Registration r = t.register(t.walkIn(TestOffice.COUNSELOR));
        family = t.household(r.householdId());
        student = r.studentId();
    }

    LocalDate today() {
        return t.clock.localNow().toLocalDate();
    }

    /** A contract for 张子涵's math course at its list price, no discount, signed today by 李明, with this first payment. */
    NewContract mathContract(NewPayment first) {
        return contract(Terms.of(40, PriceKind.PACKAGE, Fen.yuan(8000), DiscountKind.NONE, null, null, ""), first);
    }

    NewContract contract(Terms terms, NewPayment first) {
        return new NewContract(student, List.of(math.id()), Set.of(), terms, liMing, "", today(), today().plusDays(3),
                "周六上午上课", first);
    }

    NewPayment cash(long fen, String receipt) {
        return new NewPayment(Fen.of(fen), PayMethod.CASH, receipt, today());
    }

    ContractPage sign(NewContract c) {
        return contracts.sign(liMing, family.id(), c);
    }

    @Override
    public void close() {
        t.close();
    }
}

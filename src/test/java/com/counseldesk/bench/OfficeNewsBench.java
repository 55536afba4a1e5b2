package com.counseldesk.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Database;
import com.counseldesk.family.Channel;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.StudentDetails;
import com.counseldesk.office.OfficeService;
import com.counseldesk.family.Student;
import com.counseldesk.sample.SampleOffice;
import com.counseldesk.walkin.VisitNews;
import com.counseldesk.walkin.WalkIn;
import com.counseldesk.walkin.WalkInService;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The time for a change at one PC to appear at another, on the PostgreSQL office: the desk's PC
 * registers a returning visitor; the counselor's PC (the database opened a second time, as another
 * copy of the app) hears of it. From the desk pressing save to the news arriving, in ms: the save
 * itself and the server's delivery ({@code office_news_postgresql_*}); the screen then reads
 * today's board, a query of its own ({@code find_family_by_phone_*} is the same order).
 */
@Tag("bench")
class OfficeNewsBench {
    private static final int ROUNDS = 100;

    @Test
    void aVisitRegisteredAtOnePcReachesAnother() throws InterruptedException {
        Clock clock = Clock.systemDefaultZone();
        try (Database deskPc = BenchServer.open(); Database counselorPc = BenchServer.open()) {
            BlockingQueue<Long> heard = new ArrayBlockingQueue<>(ROUNDS + 10);
            counselorPc.events().subscribe(e -> VisitNews.arrival(e).ifPresent(a -> heard.add(System.nanoTime())));
            FamilyService families = new FamilyService(deskPc, clock);
            OfficeService office = new OfficeService(deskPc, clock);
            WalkInService desk = new WalkInService(deskPc, clock, families, office);
            long counselor = office.counselors().get(0).id();
            // The counselor's PC listens on a connection it opens on its own thread: let it settle.
            warmUp(desk, families, counselor, heard);
            long[] nanos = new long[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                WalkIn walkIn = returning(families, SampleOffice.phone(1_000 + i * 13), counselor);
                long start = System.nanoTime();
                desk.register(walkIn, null, true);
                Long arrived = heard.poll(10, TimeUnit.SECONDS);
                assertTrue(arrived != null, "the news arrived");
                nanos[i] = arrived - start;
            }
            Figures.bench("office_news_postgresql_median", Figures.ms(Figures.median(nanos)), "ms");
            Figures.bench("office_news_postgresql_p95", Figures.ms(Figures.percentile(nanos, 95)), "ms");
        }
    }

    private static void warmUp(WalkInService desk, FamilyService families, long counselor, BlockingQueue<Long> heard)
            throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            desk.register(returning(families, SampleOffice.phone(500 + i), counselor), null, true);
            heard.poll(10, TimeUnit.SECONDS);
        }
        heard.clear();
    }

    private static WalkIn returning(FamilyService families, String phone, long counselor) {
        Phone number = Phone.parse(phone);
        Student child = families.findByPhone(number).orElseThrow().students().get(0);
        return new WalkIn(number, null, child.id(), new StudentDetails(child.name(), null, null, null), List.of(),
                null, Channel.INVITED, null, "学生和母亲", "复查", counselor);
    }
}

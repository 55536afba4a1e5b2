package com.counseldesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Database;
import com.counseldesk.family.Channel;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Student;
import com.counseldesk.family.StudentDetails;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import com.counseldesk.sample.SampleOffice;
import com.counseldesk.walkin.Registration;
import com.counseldesk.walkin.WalkIn;
import com.counseldesk.walkin.WalkInService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The desk's figures on the 200,000-household office ({@link BenchOffice}, this PC's file): finding a
 * household by a typed phone, suggesting households by the first seven digits, and registering a
 * visit (half returning households, half new ones). {@link ServerRegistrationBench} gives the same
 * figures on PostgreSQL, named with {@code _postgresql}. Run with {@code mvn -Pbench verify}.
 */
@Tag("bench")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationBench {
    private static final int LOOKUPS = 2_000;
    private static final int REGISTRATIONS = 200;

    protected final Clock clock = Clock.systemDefaultZone();
    protected Database db;
    private FamilyService families;
    private OfficeService office;

    /** The office the figures are taken on. */
    protected Database office() {
        return BenchOffice.open();
    }

    /** What the figures' names end with: "" for this PC's file. */
    protected String store() {
        return "";
    }

    @BeforeAll
    void open() {
        db = office();
        families = new FamilyService(db, clock);
        office = new OfficeService(db, clock);
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void findFamilyByPhone() {
        Random random = new Random(7);
        long[] nanos = new long[LOOKUPS];
        for (int i = 0; i < LOOKUPS; i++) {
            String typed = spaced(SampleOffice.phone(random.nextInt(BenchOffice.HOUSEHOLDS)));
            long start = System.nanoTime();
            Optional<HouseholdCard> card = families.findByPhone(Phone.parse(typed));
            nanos[i] = System.nanoTime() - start;
            assertTrue(card.isPresent(), typed);
        }
        Figures.bench("find_family_by_phone_200k" + store() + "_median", Figures.us(Figures.median(nanos)), "us");
        Figures.bench("find_family_by_phone_200k" + store() + "_p95", Figures.us(Figures.percentile(nanos, 95)), "us");
        Figures.bench("find_family_by_phone_200k" + store() + "_p99", Figures.us(Figures.percentile(nanos, 99)), "us");
    }

    @Test
    void suggestByPrefix() {
        Random random = new Random(11);
        long[] nanos = new long[LOOKUPS];
        for (int i = 0; i < LOOKUPS; i++) {
            String prefix = SampleOffice.phone(random.nextInt(BenchOffice.HOUSEHOLDS)).substring(0, 7);
            long start = System.nanoTime();
            List<HouseholdCard> found = families.suggest(prefix);
            nanos[i] = System.nanoTime() - start;
            assertFalse(found.isEmpty(), prefix);
        }
        Figures.bench("suggest_by_7_digit_prefix_200k" + store() + "_median", Figures.us(Figures.median(nanos)),
                "us");
    }

    @Test
    void registerWalkIns() {
        WalkInService desk = new WalkInService(db, clock, families, office);
        List<Staff> counselors = office.counselors();
        // New numbers start with 199, which the sample office never uses; a reused office file has some already.
        long taken = db.read(h -> h.createQuery("SELECT COUNT(*) FROM phone WHERE number LIKE '199%'")
                .mapTo(Long.class).one());
        long[] nanos = new long[REGISTRATIONS];
        List<Registration> done = new ArrayList<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            long counselor = counselors.get(i % counselors.size()).id();
            WalkIn walkIn = i % 2 == 0
                    ? returning(SampleOffice.phone(i * 97), counselor)
                    : newFamily("199" + String.format("%08d", taken + i / 2), counselor);
            long start = System.nanoTime();
            done.add(desk.register(walkIn, null, true));
            nanos[i] = System.nanoTime() - start;
        }
        assertEquals(REGISTRATIONS / 2, done.stream().filter(Registration::newHousehold).count());
        Figures.bench("register_walk_in_200k" + store() + "_median", Figures.ms(Figures.median(nanos)), "ms");
        Figures.bench("register_walk_in_200k" + store() + "_p95", Figures.ms(Figures.percentile(nanos, 95)), "ms");
        Figures.bench("register_walk_in_200k" + store() + "_p99", Figures.ms(Figures.percentile(nanos, 99)), "ms");
    }

    /** A child on record came back: the desk found the household while the phone was typed and picked the child. */
    private WalkIn returning(String phone, long counselor) {
        Phone number = Phone.parse(phone);
        Student child = families.findByPhone(number).orElseThrow().students().get(0);
        return new WalkIn(number, null, child.id(), new StudentDetails(child.name(), null, null, null), List.of(),
                null, Channel.INVITED, null, "学生和母亲", "复查", counselor);
    }

    private static WalkIn newFamily(String phone, long counselor) {
        return new WalkIn(Phone.parse(phone), null, null, new StudentDetails("张子涵", Gender.FEMALE, Grade.J2, "实验中学"),
                List.of(), new ContactDetails("王丽", Relation.MOTHER), Channel.DIRECT, null, "学生和母亲", "数学提分",
                counselor);
    }

    private static String spaced(String mobile) {
        return mobile.substring(0, 3) + " " + mobile.substring(3, 7) + "-" + mobile.substring(7);
    }
}

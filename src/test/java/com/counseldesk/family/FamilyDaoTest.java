package com.counseldesk.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.VisitDao;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FamilyDaoTest {
    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 27, 10, 15, 42);

    @TempDir
    Path dir;
    private TestOffice office;
    private Handle handle;
    private FamilyDao families;
    private long liMing;
    private long desk;

    @BeforeEach
    void open() {
        office = TestOffice.typical(dir);
        handle = office.db.openHandle();
        families = handle.attach(FamilyDao.class);
        liMing = office.staff(TestOffice.COUNSELOR).id();
        desk = office.staff(TestOffice.FRONT_DESK).id();
    }

    @AfterEach
    void close() {
        handle.close();
        office.close();
    }

    private long insert(String student, String phone, Long owner) {
        return families.insert(student, Gender.MALE, Grade.P5, "育才小学", "陈静", Relation.MOTHER, Phone.parse(phone),
                Channel.MARKETING, null, owner, Stage.VISITED, CREATED, desk);
    }

    @Test
    void aFamilyReadsBackAsStored() {
        long id = families.insert("欧阳娜娜", Gender.FEMALE, Grade.J2, "师大附中", "Anna-Lena O'Brien", Relation.OTHER,
                Phone.parse("010-6234 5678 转 12"), Channel.INVITED, null, liMing, Stage.INVITED, CREATED, desk);

        Family f = families.findById(id).orElseThrow();

        assertEquals(new Family(id, "欧阳娜娜", Gender.FEMALE, Grade.J2, "师大附中", "Anna-Lena O'Brien", Relation.OTHER,
                new Phone("01062345678#12"), Channel.INVITED, null, liMing, Stage.INVITED, CREATED, desk), f);
    }

    @Test
    void timesAreStoredAsIsoTextToTheSecond() {
        long id = families.insert("张子涵", Gender.FEMALE, Grade.J2, "", "", Relation.UNKNOWN, Phone.parse("13812345678"),
                Channel.DIRECT, null, liMing, Stage.VISITED, CREATED.withNano(987_000_000), desk);

        String text = handle.createQuery("SELECT created_at FROM family WHERE id = :id").bind("id", id)
                .mapTo(String.class).one();

        assertEquals("2026-11-27T10:15:42", text);
    }

    @Test
    void theCardNamesTheOwnerAndCountsVisits() {
        long id = insert("张子涵", "13812345678", liMing);
        VisitDao visits = handle.attach(VisitDao.class);
        visits.insert(id, Channel.DIRECT, CREATED.minusDays(7), desk, liMing, "母亲", "");
        visits.insert(id, Channel.INVITED, CREATED, desk, liMing, "学生和母亲", "");

        FamilyCard card = families.findCardByPhone(Phone.parse("+86 138 1234 5678")).orElseThrow();

        assertEquals(id, card.family().id());
        assertEquals(TestOffice.COUNSELOR, card.ownerName());
        assertTrue(card.ownerActive());
        assertEquals(CREATED, card.lastContactAt());
        assertEquals(2, card.visits());
    }

    @Test
    void aCardShowsAnInactiveOwnerAndAFamilyWithoutVisitsOrOwner() {
        long owned = insert("张子涵", "13812345678", liMing);
        long unowned = insert("李浩然", "13912345678", null);
        office.deactivate(TestOffice.COUNSELOR);

        FamilyCard ownedCard = families.findCardById(owned).orElseThrow();
        FamilyCard unownedCard = families.findCardById(unowned).orElseThrow();

        assertEquals(TestOffice.COUNSELOR, ownedCard.ownerName());
        assertFalse(ownedCard.ownerActive());
        assertNull(unownedCard.ownerName());
        assertNull(unownedCard.family().ownerId());
        assertNull(unownedCard.lastContactAt());
        assertEquals(0, unownedCard.visits());
    }

    @Test
    void anUnknownPhoneFindsNothing() {
        insert("张子涵", "13812345678", liMing);

        assertTrue(families.findCardByPhone(Phone.parse("13812345679")).isEmpty());
        assertTrue(families.findById(999).isEmpty());
    }

    @Test
    void prefixSearchFindsNumbersStartingWithTheDigitsInOrder() {
        insert("甲", "13812345678", liMing);
        insert("乙", "13812340000", liMing);
        insert("丙", "13912345678", liMing);
        insert("丁", "010-6234 5678", liMing);
        insert("戊", "+852 9123 4567", liMing);

        assertEquals(List.of("13812340000", "13812345678"), phones(families.findCardsByPhonePrefix("1381234", "1381234~", 5)));
        assertEquals(List.of("13812345678"), phones(families.findCardsByPhonePrefix("13812345", "13812345~", 5)));
        assertEquals(List.of("01062345678"), phones(families.findCardsByPhonePrefix("0106", "0106~", 5)));
        assertEquals(List.of("+85291234567"), phones(families.findCardsByPhonePrefix("+852", "+852~", 5)));
        assertEquals(List.of("13812340000"), phones(families.findCardsByPhonePrefix("13", "13~", 1)));
    }

    private static List<String> phones(List<FamilyCard> cards) {
        return cards.stream().map(c -> c.family().phone().value()).toList();
    }

    @Test
    void onePhoneOneFamily() {
        insert("张子涵", "13812345678", liMing);

        assertThrows(UnableToExecuteStatementException.class, () -> insert("另一个孩子", "+86 138-1234-5678", liMing));
        assertEquals(1, families.count());
    }

    @Test
    void anOwnerMustBeAStaffMember() {
        assertThrows(UnableToExecuteStatementException.class, () -> insert("张子涵", "13812345678", 999L));
        assertEquals(0, families.count());
    }

    @Test
    void detailsOwnerAndStageAreUpdated() {
        long id = insert("张子涵", "13812345678", liMing);
        long zhangWei = office.staff(TestOffice.OTHER_COUNSELOR).id();

        families.updateDetails(id, "张子晗", Gender.FEMALE, Grade.J3, "第一中学", "张强", Relation.FATHER);
        families.updateOwnerAndStage(id, zhangWei, Stage.SIGNED);

        Family f = families.findById(id).orElseThrow();
        assertEquals("张子晗", f.studentName());
        assertEquals(Grade.J3, f.grade());
        assertEquals("第一中学", f.school());
        assertEquals("张强", f.parentName());
        assertEquals(Relation.FATHER, f.parentRelation());
        assertEquals(zhangWei, f.ownerId());
        assertEquals(Stage.SIGNED, f.stage());
        assertEquals(new Phone("13812345678"), f.phone(), "the phone does not change");
        assertEquals(Channel.MARKETING, f.channel(), "the source channel does not change");
    }
}

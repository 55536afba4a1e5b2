package com.counseldesk.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.contract.ContractFilter;
import com.counseldesk.contract.ContractList;
import com.counseldesk.contract.ContractNumbers;
import com.counseldesk.contract.ContractService;
import com.counseldesk.contract.CourseService;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample office's catalogue and contracts: every state, money that adds up, numbers the office's. */
class SampleContractsTest {
    @TempDir
    Path dir;
    private TestOffice t;

    @BeforeEach
    void open() {
        t = TestOffice.empty(dir);
        new SampleOffice(t.db, t.clock, 20261127L).create(300);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private long count(String sql) {
        return SampleCounts.count(t, sql);
    }

    @Test
    void signedStudentsHaveContractsInEveryState() {
        List<String> states = t.db.read(h -> h.createQuery("SELECT DISTINCT status FROM contract ORDER BY status")
                .mapTo(String.class).list());
        assertEquals(List.of("ACTIVE", "COMPLETED", "REFUNDED", "VOID"), states);
        assertTrue(count("SELECT COUNT(*) FROM contract WHERE status = 'ACTIVE' AND paid_fen < due_fen") > 0,
                "some owe a balance");
        assertTrue(count("SELECT COUNT(*) FROM contract WHERE status = 'ACTIVE' AND paid_fen = due_fen") > 0,
                "some are paid in full");
        assertTrue(count("SELECT COUNT(*) FROM contract WHERE status = 'REFUNDED' AND refunded_fen < paid_fen") > 0,
                "some are partly refunded");
        assertEquals(0, count("SELECT COUNT(*) FROM contract c JOIN student s ON s.id = c.student_id"
                + " WHERE s.stage <> 'SIGNED' OR s.household_id <> c.household_id"));
        assertEquals(0, count("SELECT COUNT(*) FROM contract c JOIN household h ON h.id = c.household_id"
                + " WHERE h.owner_id <> c.counselor_id"));
    }

    @Test
    void theMoneyAddsUpAndTheHistoryIsComplete() {
        assertEquals(0, count("SELECT COUNT(*) FROM contract c WHERE c.paid_fen <> (SELECT COALESCE(SUM(amount_fen), 0)"
                + " FROM payment p WHERE p.contract_id = c.id AND p.kind <> 'REFUND') OR c.refunded_fen <>"
                + " (SELECT COALESCE(SUM(amount_fen), 0) FROM payment p WHERE p.contract_id = c.id AND p.kind = 'REFUND')"));
        assertEquals(0, count("SELECT COUNT(*) FROM contract c WHERE (SELECT COUNT(*) FROM contract_event e"
                + " WHERE e.contract_id = c.id AND e.action = 'PAID') <> (SELECT COUNT(*) FROM payment p"
                + " WHERE p.contract_id = c.id AND p.kind <> 'REFUND')"));
        assertEquals(0, count("SELECT COUNT(*) FROM contract c WHERE NOT EXISTS (SELECT 1 FROM contract_event e"
                + " WHERE e.contract_id = c.id AND e.action = 'SIGNED')"));
        assertEquals(0, count("SELECT COUNT(*) FROM contract c WHERE c.status = 'VOID' AND c.paid_fen > 0"));
        assertEquals(0, count("SELECT COUNT(*) FROM contract c WHERE c.status = 'COMPLETED' AND c.paid_fen <> c.due_fen"));
        assertEquals(count("SELECT COUNT(*) FROM payment WHERE kind <> 'REFUND'"),
                count("SELECT COUNT(DISTINCT receipt_no) FROM payment WHERE receipt_no IS NOT NULL"));
    }

    @Test
    void theAppReadsTheSampleAndGoesOnNumberingIt() {
        long manager = t.staffId("赵丽");
        ContractService contracts = new ContractService(t.db, t.clock, t.families, t.office);
        ContractList all = contracts.list(manager, new ContractFilter(null, null, null, null, false));
        assertEquals(count("SELECT COUNT(*) FROM contract WHERE status <> 'VOID'"), all.totals().count());
        assertTrue(all.totals().outstanding().value() > 0);
        assertTrue(all.totals().refunded().value() > 0);
        long thisMonth = count("SELECT COUNT(*) FROM contract WHERE number LIKE 'HT202611-%'");
        assertTrue(thisMonth > 0, "contracts signed this month");
        String next = contracts.nextNumber(t.clock.localNow().toLocalDate());
        assertEquals(ContractNumbers.of(ContractNumbers.DEFAULT).number(t.clock.localNow().toLocalDate(),
                (int) thisMonth + 1), next);
        assertEquals(7, new CourseService(t.db, t.clock, t.office).offered(t.clock.localNow().toLocalDate()).size());
    }
}

package com.counseldesk.contract;

import com.counseldesk.common.i18n.Msg;
import com.counseldesk.contract.ContractDao.ContractRow;
import com.counseldesk.family.TimelineEntry;
import com.counseldesk.family.TimelineSource;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Contracts on the family page's timeline: each one signed (struck through once void), each payment,
 * the refund, the void and the completion, for a reader who may see the contract
 * ({@link ContractAccess#reads}); another counselor finds none of them there.
 */
public final class ContractTimeline implements TimelineSource {
    /** The kinds of a contract's entries (the keys of their labels) start with this. */
    public static final String KIND = "timeline.contract.";
    private final OfficeService office;
    private final Supplier<Long> reader;

    /** {@code reader}: who is at this PC (null: nobody, who sees none). */
    public ContractTimeline(OfficeService office, Supplier<Long> reader) {
        this.office = office;
        this.reader = reader;
    }

    /** Whether a timeline entry is a contract's (its {@code refId} is the contract). */
    public static boolean isContract(TimelineEntry entry) {
        return entry.kind().startsWith(KIND);
    }

    @Override
    public List<TimelineEntry> entries(Handle h, long householdId) {
        Long readerId = reader.get();
        Staff who = readerId == null ? null : office.staff(h, readerId).orElse(null);
        ContractDao dao = h.attach(ContractDao.class);
        Map<Long, Contract> visible = dao.ofHousehold(householdId).stream()
                .filter(r -> ContractAccess.reads(who, r.activeOwnerId(), r.contract().counselorId()))
                .map(ContractRow::contract).collect(Collectors.toMap(Contract::id, Function.identity()));
        if (visible.isEmpty()) {
            return List.of();
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (ContractEvent e : dao.history(List.copyOf(visible.keySet()))) {
            Contract c = visible.get(e.contractId());
            String kind = switch (e.action()) {
                case SIGNED -> "timeline.contract.signed";
                case PAID -> "timeline.contract.paid";
                case REFUNDED -> "timeline.contract.refunded";
                case VOIDED -> "timeline.contract.voided";
                case COMPLETED -> "timeline.contract.completed";
            };
            Msg summary = switch (e.action()) {
                case SIGNED -> new Msg("timeline.contract.signed.summary", c.number(), c.studentName(),
                        String.valueOf(c.terms().classHours()), e.amount(), c.counselorName());
                case PAID -> new Msg("timeline.contract.paid.summary", e.amount(), e.receiptNo(), c.number());
                case REFUNDED -> new Msg("timeline.contract.refunded.summary", e.amount(), e.approvedByName(),
                        e.reason(), c.number());
                case VOIDED -> new Msg("timeline.contract.voided.summary", c.number(), e.reason());
                case COMPLETED -> new Msg("timeline.contract.completed.summary", c.number());
            };
            boolean struck = e.action() == EventAction.SIGNED && c.status() == ContractStatus.VOID;
            out.add(new TimelineEntry(e.at(), kind, c.id(), summary, e.staffName(), struck));
        }
        return out;
    }
}

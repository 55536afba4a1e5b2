package com.counseldesk.consult;

import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.Change;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HistoryFilter;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Intent;
import com.counseldesk.family.Student;
import com.counseldesk.family.TimelineEntry;
import com.counseldesk.family.TimelineSource;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * The consultation records on the family page: every tag put on or taken off and every change of
 * a student's intent level on the timeline, and the intent changes kept out of the history for
 * those who may not read the household's records (another counselor, the front desk). Who reads is
 * the person at this PC ({@code viewer}), judged by {@link Access} inside the page's read.
 */
public final class ConsultTimeline implements TimelineSource, HistoryFilter {
    /** The kind (and the key of the label) of a tag's entries on the timeline. */
    public static final String TAG_KIND = "timeline.clientTag";
    /** The kind of an intent change's entries. */
    public static final String INTENT_KIND = "timeline.intent";
    private final FamilyService families;
    private final HouseholdAccess access;
    private final Supplier<Staff> viewer;

    public ConsultTimeline(FamilyService families, OfficeService office, Supplier<Staff> viewer) {
        this.families = families;
        this.access = new HouseholdAccess(families, office);
        this.viewer = viewer;
    }

    @Override
    public List<TimelineEntry> entries(Handle h, long householdId) {
        Optional<HouseholdCard> card = readable(h, householdId);
        if (card.isEmpty()) {
            return List.of();
        }
        List<TimelineEntry> out = new ArrayList<>();
        TagDao dao = h.attach(TagDao.class);
        Map<Long, ClientTag> tags = TagService.byId(dao);
        for (TagDao.TagRow r : dao.rowsOf(householdId)) {
            Object name = shownName(tags.get(r.tagId()));
            out.add(new TimelineEntry(r.taggedAt(), TAG_KIND, r.id(), new Msg("timeline.clientTag.added", name),
                    r.taggedBy(), false));
            if (r.removedAt() != null) {
                out.add(new TimelineEntry(r.removedAt(), TAG_KIND, r.id(),
                        new Msg("timeline.clientTag.removed", name), r.removedBy(), false));
            }
        }
        for (Change c : families.in(h).history(householdId)) {
            if (isIntent(c)) {
                Student s = card.get().student(c.entityId());
                out.add(new TimelineEntry(c.at(), INTENT_KIND, c.id(), new Msg("timeline.intent.summary",
                        s == null ? "" : s.name(), level(c.before()), level(c.after())), c.staffName(), false));
            }
        }
        return out;
    }

    @Override
    public List<Change> shown(Handle h, long householdId, List<Change> changes) {
        if (changes.stream().noneMatch(ConsultTimeline::isIntent) || readable(h, householdId).isPresent()) {
            return changes;
        }
        return changes.stream().filter(c -> !isIntent(c)).toList();
    }

    private Optional<HouseholdCard> readable(Handle h, long householdId) {
        Staff who = viewer.get();
        return who == null ? Optional.empty() : access.readable(h, who.id(), householdId);
    }

    private static boolean isIntent(Change c) {
        return "student".equals(c.entity()) && IntentService.FIELD.equals(c.field());
    }

    /** A built-in type by its label (in the language in use), an office's tag by its name. */
    private static Object shownName(ClientTag tag) {
        return tag.isBuiltin() ? tag.builtin() : tag.name();
    }

    private static Object level(String stored) {
        return stored == null ? new Msg("consult.intent.unset") : Intent.valueOf(stored);
    }
}

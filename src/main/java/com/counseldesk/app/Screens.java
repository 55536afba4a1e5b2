package com.counseldesk.app;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.TimelineEntry;
import com.counseldesk.family.ui.FamilyPageScreen;
import com.counseldesk.family.ui.FamilyPageViewModel;
import com.counseldesk.family.ui.SearchScreen;
import com.counseldesk.family.ui.TimelineActions;
import com.counseldesk.walkin.VisitService;
import java.util.Optional;
import java.util.function.LongConsumer;

/** Makes the screens that open in tabs, each when first asked for (none at start-up). */
final class Screens {
    private Screens() {
    }

    /** Find anyone: the search that is open (its field takes the cursor again), or a new tab on the kept view model. */
    static Screen search(Workspace ws, LongConsumer openFamily) {
        Screen open = ws.screen(SearchScreen.KEY);
        return open != null ? open : new SearchScreen(ws.search(), ws.ctx().clock(), openFamily);
    }

    /**
     * A household's family page: the one already open (read again), or a new one. Every way of
     * opening a family (search, today's visitors, the desk card, a referral) comes here.
     */
    static Optional<Screen> family(Workspace ws, long householdId, LongConsumer openFamily, LongConsumer editVisit) {
        Screen open = ws.screen(FamilyPageScreen.key(householdId));
        if (open != null) {
            open.refresh();
            return Optional.of(open);
        }
        AppContext ctx = ws.ctx();
        FamilyPageViewModel vm = new FamilyPageViewModel(householdId, ctx.families(), ctx.office(),
                ctx.background(), ws.dialogs(), ctx::currentStaff, ctx.clock());
        vm.onSaved(ws::familyChanged);
        vm.load();
        FamilyPageScreen page = new FamilyPageScreen(vm, openFamily, timelineActions(editVisit));
        ws.followUpsOf(householdId).ifPresent(section -> {
            page.addSection(section);
            section.refresh();
        });
        return Optional.of(page);
    }

    /** What the family page's timeline offers: a visit that is not void can be corrected or voided. */
    static TimelineActions timelineActions(LongConsumer editVisit) {
        return new TimelineActions() {
            @Override
            public Msg action(TimelineEntry entry) {
                return isVisit(entry) && !entry.voided() ? new Msg("visitEdit.open") : null;
            }

            @Override
            public void open(TimelineEntry entry) {
                if (isVisit(entry) && !entry.voided()) {
                    editVisit.accept(entry.refId());
                }
            }
        };
    }

    private static boolean isVisit(TimelineEntry entry) {
        return VisitService.TIMELINE_KIND.equals(entry.kind());
    }
}

package com.counseldesk.app;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.NoteState;
import com.counseldesk.consult.NoteTimeline;
import com.counseldesk.consult.ui.FamilyConsultPart;
import com.counseldesk.consult.ui.FamilyConsultViewModel;
import com.counseldesk.consult.ui.NoteScreen;
import com.counseldesk.consult.ui.NotesPart;
import com.counseldesk.contract.ContractTimeline;
import com.counseldesk.family.TimelineEntry;
import com.counseldesk.family.ui.FamilyPageScreen;
import com.counseldesk.family.ui.FamilyPageViewModel;
import com.counseldesk.family.ui.SearchScreen;
import com.counseldesk.family.ui.TimelineActions;
import com.counseldesk.walkin.VisitService;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/** Makes the screens that open in tabs, each when first asked for (none at start-up). */
final class Screens {
    private Screens() {
    }

    /** Opens a household's note in its editor: a stored one by id, or a new one ({@code noteId} null). */
    interface OpenNote {
        void open(long householdId, Long noteId);
    }

    /** Closes a note's editor, by its tab's key, and goes back to the household's page. */
    interface CloseNote {
        void close(String key, long householdId);
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
    static Optional<Screen> family(Workspace ws, long householdId, LongConsumer openFamily, LongConsumer editVisit,
            OpenNote openNote, ContractDesk contracts) {
        Screen open = ws.screen(FamilyPageScreen.key(householdId));
        if (open != null) {
            open.refresh();
            return Optional.of(open);
        }
        AppContext ctx = ws.ctx();
        FamilyPageViewModel vm = new FamilyPageViewModel(householdId, ctx.families(), ctx.office(),
                ctx.background(), ws.dialogs(), ctx::currentStaff, ctx.clock());
        vm.onSaved(ws::familyChanged);
        vm.addPart(new FamilyConsultPart(new FamilyConsultViewModel(householdId, ctx.tags(), ctx.intents(),
                ctx.background(), ws.dialogs(), ctx::currentStaff, vm::load)));
        LongConsumer note = id -> openNote.open(householdId, id);
        vm.addPart(new NotesPart(ws.notes(householdId), () -> openNote.open(householdId, null), note));
        ws.followUpsOf(householdId).ifPresent(vm::addPart);
        vm.addPart(contracts.part(householdId));
        vm.load();
        return Optional.of(new FamilyPageScreen(vm, openFamily, timelineActions(editVisit, note,
                contracts::openContract)));
    }

    /**
     * A note's editor: the one open for that note, or the household's new note still being written, or a
     * new editor in a tab of its own.
     */
    static Screen note(Workspace ws, long householdId, Long noteId, CloseNote close) {
        for (Screen s : ws.screens()) {
            if (s instanceof NoteScreen n && (noteId != null ? noteId.equals(n.viewModel().noteId())
                    : n.viewModel().householdId() == householdId && n.key().startsWith("note-new-")
                            && n.viewModel().stateProperty().get() != NoteState.SIGNED
                            && n.viewModel().stateProperty().get() != NoteState.LOCKED)) {
                return s;
            }
        }
        String key = noteId == null ? NoteScreen.newKey(householdId, ws.nextNewNote()) : NoteScreen.key(noteId);
        return new NoteScreen(key, ws.noteEditor(householdId, noteId), () -> close.close(key, householdId));
    }

    /**
     * What the family page's timeline offers: a visit that is not void can be corrected or voided; a
     * note opens in its editor; a contract's entry opens the contract.
     */
    static TimelineActions timelineActions(LongConsumer editVisit, LongConsumer openNote, LongConsumer openContract) {
        return new TimelineActions() {
            @Override
            public Msg action(TimelineEntry entry) {
                if (isNote(entry)) {
                    return new Msg("note.open");
                }
                if (ContractTimeline.isContract(entry)) {
                    return new Msg("contract.open");
                }
                return isVisit(entry) && !entry.voided() ? new Msg("visitEdit.open") : null;
            }

            @Override
            public void open(TimelineEntry entry) {
                if (isNote(entry)) {
                    openNote.accept(entry.refId());
                } else if (ContractTimeline.isContract(entry)) {
                    openContract.accept(entry.refId());
                } else if (isVisit(entry) && !entry.voided()) {
                    editVisit.accept(entry.refId());
                }
            }
        };
    }

    private static boolean isNote(TimelineEntry entry) {
        return NoteTimeline.KIND.equals(entry.kind());
    }

    private static boolean isVisit(TimelineEntry entry) {
        return VisitService.TIMELINE_KIND.equals(entry.kind());
    }
}

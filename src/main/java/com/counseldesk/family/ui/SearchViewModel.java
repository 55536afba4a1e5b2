package com.counseldesk.family.ui;

import com.counseldesk.common.ListSheet;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DateText;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FileExport;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Directory;
import com.counseldesk.family.DirectoryPage;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Intent;
import com.counseldesk.family.SearchQuery;
import com.counseldesk.family.Stage;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Find anyone (Ctrl+F): the text and the filters as typed, the households found a page at a time,
 * and what to say about them. Every change asks the directory again off the FX thread; an answer to
 * a question that has since changed is dropped, and a question overtaken before its turn is not even
 * asked. The view model lives as long as the signed-in person's workspace, so closing and reopening
 * the search keeps what was typed.
 */
public final class SearchViewModel {
    public static final String FROM = "firstContactFrom";
    public static final String TO = SearchQuery.FIRST_CONTACT_TO;

    private final Directory directory;
    private final Background background;
    private final FileExport export;
    private final ListSheet.Writer writer;
    private final Supplier<I18n> i18n;
    private final Clock clock;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Staff> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<Intent> intent = new SimpleObjectProperty<>();
    /** Whether the person searching reads intent levels at all (not the front desk). */
    private boolean intentOffered;
    /** The counselor searching, whose own and nobody's households an intent filter looks in; null: all. */
    private Long intentReader;
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final FormModel form = new FormModel();
    private final ObservableList<Staff> counselors = FXCollections.observableArrayList();
    private final ObservableList<HouseholdCard> results = FXCollections.observableArrayList();
    private final BooleanProperty more = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Msg> status = new SimpleObjectProperty<>();
    /** The newest question asked; an answer to another is dropped. Read on the worker thread too. */
    private final AtomicLong question = new AtomicLong();
    private boolean adjusting;

    /**
     * {@code writer} writes the list's workbook (the report feature's), in the language {@code i18n}
     * gives at the time of the export; {@code clock} dates its name.
     */
    public SearchViewModel(Directory directory, Background background, DialogService dialogs,
            ListSheet.Writer writer, Supplier<I18n> i18n, Clock clock) {
        this.directory = directory;
        this.background = background;
        this.export = new FileExport(background, dialogs);
        this.writer = writer;
        this.i18n = i18n;
        this.clock = clock;
        form.field(FROM, () -> FormModel.check(() -> date(FROM, from.get())), from);
        form.field(TO, () -> FormModel.check(() -> SearchQuery.all().withFirstContact(dateOrNull(from.get()),
                date(TO, to.get()))), from, to);
        for (ObservableValue<?> v : List.of(text, owner, stage, channel, intent, from, to)) {
            v.addListener((o, a, b) -> {
                if (!adjusting) {
                    search();
                }
            });
        }
    }

    /** Asks for the first page of what the fields say now (unless a filter holds a mistake: its message says so). */
    public void search() {
        long asked = question.incrementAndGet();
        SearchQuery q = query();
        if (q == null) {
            busy.set(false);
            return;
        }
        ask(asked, q, 0);
    }

    /** Adds the next page to the list. */
    public void more() {
        SearchQuery q = query();
        if (busy.get() || !more.get() || q == null) {
            return;
        }
        ask(question.incrementAndGet(), q, results.size());
    }

    /**
     * 导出 Excel: every household the text and the filters find, not only the page on screen, with the
     * list's columns and more (phones as text, days as days), the filters on the line above the header.
     * Asks where to save; nothing happens while a date filter holds a mistake (its message says so).
     */
    public void export() {
        SearchQuery q = query();
        if (q == null) {
            return;
        }
        I18n words = i18n.get();
        LocalDate today = LocalDate.now(clock);
        Staff chosenOwner = owner.get();
        ListSheet sheet = new ListSheet(words.t("search.export.sheet"), filters(q, chosenOwner, words),
                FamilyRows.columns(words), out -> directory.everyMatch(q, new Directory.Matches() {
                    @Override
                    public void count(int households) {
                        out.expect(households);
                    }

                    @Override
                    public void cards(List<HouseholdCard> batch) {
                        batch.forEach(card -> out.row(FamilyRows.row(card, words, today)));
                    }
                }));
        export.start(new Msg("search.export.choose"), words.t("search.export.fileName", today.toString()), sheet,
                writer);
    }

    /** The export: its progress, its status, where the workbook went. */
    public FileExport exporter() {
        return export;
    }

    /** "筛选：查找“王” · 李明 · 已来访 · 首次接触 2026-11-01 至 2026-11-30". */
    private static String filters(SearchQuery q, Staff chosenOwner, I18n words) {
        List<String> parts = new ArrayList<>();
        if (!q.text().isBlank()) {
            parts.add(words.t("search.export.text", q.text().strip()));
        }
        parts.add(chosenOwner == null ? null : chosenOwner.name());
        parts.add(words.label(q.stage()));
        parts.add(words.label(q.channel()));
        parts.add(words.label(q.intent()));
        LocalDate from = q.firstContactFrom();
        LocalDate to = q.firstContactTo();
        if (from != null && to != null) {
            parts.add(words.t("search.export.between", from.toString(), to.toString()));
        } else if (from != null) {
            parts.add(words.t("search.export.from", from.toString()));
        } else if (to != null) {
            parts.add(words.t("search.export.to", to.toString()));
        }
        return FileExport.filterLine(words, parts);
    }

    /** Every filter back to "any", the text kept. */
    public void clearFilters() {
        adjusting = true;
        try {
            owner.set(null);
            stage.set(null);
            channel.set(null);
            intent.set(null);
            form.quietly(() -> {
                from.set("");
                to.set("");
            });
            form.reset();
        } finally {
            adjusting = false;
        }
        search();
    }

    /**
     * Whether the intent filter is offered ({@code offered}: the person searching reads intent levels)
     * and, for a counselor, whose households it looks in ({@code reader}; null: every household).
     * Set by the caller before the view is built; the rule is the consult feature's.
     */
    public void setIntentScope(boolean offered, Long reader) {
        intentOffered = offered;
        intentReader = reader;
    }

    public boolean offersIntent() {
        return intentOffered;
    }

    /** The counselors the owner filter offers (read by the caller, once). */
    public void setCounselors(List<Staff> staff) {
        counselors.setAll(staff);
    }

    private void ask(long asked, SearchQuery q, int offset) {
        busy.set(true);
        background.run(() -> question.get() == asked ? directory.search(q, Directory.PAGE, offset) : null, page -> {
            if (page != null && question.get() == asked) {
                show(page, q);
            }
        }, e -> {
            if (question.get() == asked) {
                busy.set(false);
                status.set(new Msg("search.failed", e.getMessage()));
            }
        });
    }

    private void show(DirectoryPage page, SearchQuery q) {
        if (page.offset() == 0) {
            results.setAll(page.households());
        } else {
            results.addAll(page.households());
        }
        more.set(page.more());
        busy.set(false);
        if (!results.isEmpty()) {
            status.set(new Msg(page.more() ? "search.shownMore" : "search.shown", results.size()));
        } else {
            status.set(new Msg(q.text().isBlank() && !q.hasFilters() ? "search.noHouseholds" : "search.none"));
        }
    }

    /** The question the fields ask, or null while a date filter holds a mistake. */
    private SearchQuery query() {
        try {
            return new SearchQuery(text.get(), owner.get() == null ? null : owner.get().id(), stage.get(),
                    channel.get(), date(FROM, from.get()), date(TO, to.get()), intentOffered ? intent.get() : null,
                    intentReader);
        } catch (ValidationException e) {
            return null;
        }
    }

    private static LocalDate date(String field, String typed) {
        try {
            return DateText.parse(typed);
        } catch (DateTimeException e) {
            throw new ValidationException(field, "error.search.date");
        }
    }

    /** A day for the range check of the other end: a mistyped day has its own message. */
    private static LocalDate dateOrNull(String typed) {
        try {
            return DateText.parse(typed);
        } catch (DateTimeException e) {
            return null;
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Staff> ownerProperty() {
        return owner;
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObjectProperty<Intent> intentProperty() {
        return intent;
    }

    /** The first day of first contact as typed (2026-11-27; blank: any). */
    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    /** The message beside a date filter ({@link #FROM} or {@link #TO}), or null. */
    public ReadOnlyObjectProperty<Msg> error(String field) {
        return form.error(field);
    }

    public ObservableList<Staff> counselors() {
        return counselors;
    }

    /** The households found, best first. */
    public ObservableList<HouseholdCard> results() {
        return results;
    }

    public ReadOnlyBooleanProperty moreProperty() {
        return more;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** What the list says about itself: how many, none, or that the search failed. */
    public ReadOnlyObjectProperty<Msg> statusProperty() {
        return status;
    }
}

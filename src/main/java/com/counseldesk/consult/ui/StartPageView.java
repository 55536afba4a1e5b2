package com.counseldesk.consult.ui;

import atlantafx.base.theme.Styles;
import com.counseldesk.common.fx.DateText;
import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.Tables;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.DraftNote;
import com.counseldesk.consult.FollowUpLine;
import com.counseldesk.consult.Listed;
import com.counseldesk.consult.StartPage;
import com.counseldesk.consult.ui.StartPageViewModel.Chosen;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.ui.HouseholdText;
import com.counseldesk.walkin.VisitRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The start page (工作台): today's follow-ups and the overdue ones on the left, the families here now,
 * the notes in draft and the families with nothing planned on the right. Enter or a double-click on a
 * row opens its family page; 记录结果 records a chosen follow-up's result. Only binds to its view model.
 */
public final class StartPageView {
    private final StartPageViewModel vm;
    private final I18n i18n;
    private final LongConsumer openFamily;
    private final NoteOpener openNote;
    private final LongConsumer recordResult;
    private final VBox root = new VBox(8);
    private final List<TableView<?>> tables = new ArrayList<>();

    /**
     * {@code openFamily} opens a household's family page; {@code openNote} a note in its editor;
     * {@code recordResult} a follow-up's result dialog.
     */
    public StartPageView(StartPageViewModel vm, I18n i18n, LongConsumer openFamily, NoteOpener openNote,
            LongConsumer recordResult) {
        this.vm = vm;
        this.i18n = i18n;
        this.openFamily = openFamily;
        this.openNote = openNote;
        this.recordResult = recordResult;
        build();
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor in the first list that has a row (today's follow-ups when none has). */
    public void focus() {
        TableView<?> first = tables.stream().filter(t -> !t.getItems().isEmpty()).findFirst().orElse(tables.get(0));
        Forms.focusWhenShown(first);
    }

    private void build() {
        root.setId("startPage");
        root.setPadding(new Insets(8, 10, 8, 10));
        Label title = new Label();
        title.setId("startTitle");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.pageProperty().get() == null
                || vm.statusProperty().get() != null ? i18n.t(vm.statusProperty().get())
                : i18n.t("start.title", DateText.format(vm.pageProperty().get().day())),
                vm.statusProperty(), vm.pageProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button(i18n.t("start.refresh"));
        refresh.setId("startRefreshButton");
        refresh.setOnAction(e -> vm.load());
        HBox header = new HBox(8, title, spacer, refresh);
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<FollowUpLine> due = followUps("startDueTable", vm.dueToday(), false,
                l -> l.followUp().hasTime() ? Formats.time(l.followUp().dueAt()) : i18n.t("start.anyTime"));
        TableView<FollowUpLine> overdue = followUps("startOverdueTable", vm.overdue(), true,
                l -> l.followUp().dueText());
        VBox left = new VBox(6,
                title("startDueTitle", "start.dueToday", vm.dueToday(), StartPage::dueToday), due,
                title("startOverdueTitle", null, vm.overdue(), StartPage::overdue), overdue);
        VBox.setVgrow(due, Priority.ALWAYS);
        VBox.setVgrow(overdue, Priority.ALWAYS);

        TableView<VisitRow> here = table("startHereTable", vm.atTheOffice(), "start.here.empty",
                r -> Chosen.family(r.householdId()));
        here.getColumns().add(column("start.col.arrived", r -> Formats.time(r.arrivedAt()), 50));
        here.getColumns().add(column("start.col.students", VisitRow::studentNames, 90));
        here.getColumns().add(column("start.col.contact", VisitRow::parentName, 70));
        here.getColumns().add(column("start.col.status", r -> i18n.label(r.status()), 70));
        here.getColumns().add(column("start.col.visitPurpose", VisitRow::purpose, 120));
        TableView<DraftNote> drafts = table("startDraftTable", vm.drafts(), "start.drafts.empty",
                d -> new Chosen(d.householdId(), null, d.noteId()));
        drafts.getColumns().add(column("start.col.session", d -> Formats.dateTime(d.sessionAt()), 120));
        drafts.getColumns().add(column("start.col.students", DraftNote::students, 100));
        drafts.getColumns().add(column("start.col.saved", d -> Formats.dateTime(d.updatedAt()), 120));
        TableView<HouseholdCard> unplanned = table("startUnplannedTable", vm.unplanned(), "start.unplanned.empty",
                c -> Chosen.family(c.id()));
        unplanned.getColumns().add(column("start.col.students", HouseholdCard::studentNames, 100));
        unplanned.getColumns().add(column("start.col.contact",
                c -> c.mainContact() == null ? "" : c.mainContact().name(), 70));
        unplanned.getColumns().add(column("start.col.phone", HouseholdText::mainPhone, 110));
        unplanned.getColumns().add(column("start.col.lastContact", c -> HouseholdText.lastContact(c, i18n), 120));
        VBox right = new VBox(6,
                title("startHereTitle", "start.here", vm.atTheOffice(), StartPage::atTheOffice), here,
                title("startDraftTitle", "start.drafts", vm.drafts(), StartPage::drafts), drafts,
                title("startUnplannedTitle", "start.unplanned", vm.unplanned(), StartPage::unplanned), unplanned);
        VBox.setVgrow(here, Priority.ALWAYS);
        VBox.setVgrow(drafts, Priority.ALWAYS);
        VBox.setVgrow(unplanned, Priority.ALWAYS);

        GridPane columns = new GridPane();
        columns.setHgap(14);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        columns.getColumnConstraints().addAll(half, half);
        columns.add(left, 0, 0);
        columns.add(right, 1, 0);
        GridPane.setVgrow(left, Priority.ALWAYS);
        GridPane.setVgrow(right, Priority.ALWAYS);
        VBox.setVgrow(columns, Priority.ALWAYS);

        Button open = new Button();
        open.textProperty().bind(vm.chosenProperty().map(c -> i18n.t(c.noteId() != null ? "note.open" : "start.open"))
                .orElse(i18n.t("start.open")));
        open.setId("startOpenButton");
        open.disableProperty().bind(vm.chosenProperty().isNull());
        open.setOnAction(e -> openChosen());
        Button record = new Button(i18n.t("followUp.record"));
        record.setId("startRecordButton");
        record.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.chosenProperty().get() == null
                || vm.chosenProperty().get().followUpId() == null, vm.chosenProperty()));
        record.setOnAction(e -> recordChosen());
        Label hint = new Label(i18n.t("start.hint"));
        hint.getStyleClass().add("text-muted");
        HBox actions = new HBox(8, open, record, hint);
        actions.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(header, columns, actions);
        Keys.area(root, "keys.area.start")
                .on(Keys.ENTER, "keys.start.open", e -> e.getTarget() instanceof TableView<?>
                        && vm.chosenProperty().get() != null, this::openChosen)
                .standard("keys.list.move", Keys.UP, Keys.DOWN);
    }

    /** A list of follow-ups: when due, whom, the parent and number, the purpose; the manager's overdue adds whose. */
    private TableView<FollowUpLine> followUps(String id, ObservableList<FollowUpLine> rows, boolean overdueList,
            Function<FollowUpLine, String> due) {
        TableView<FollowUpLine> t = table(id, rows, overdueList ? "start.overdue.empty" : "start.dueToday.empty",
                l -> new Chosen(l.householdId(), l.followUp().id(), null));
        t.getColumns().add(column("start.col.due", due, overdueList ? 110 : 60));
        t.getColumns().add(column("start.col.students", FollowUpLine::students, 90));
        t.getColumns().add(column("start.col.contact", FollowUpLine::contact, 70));
        t.getColumns().add(column("start.col.phone", l -> l.phone() == null ? "" : l.phone().display(), 110));
        t.getColumns().add(column("start.col.purpose", l -> l.followUp().purpose(), 140));
        if (overdueList) {
            TableColumn<FollowUpLine, String> owner = column("start.col.owner", l -> l.followUp().ownerName(), 60);
            owner.visibleProperty().bind(vm.pageProperty().map(StartPage::everyone).orElse(false));
            t.getColumns().add(owner);
        }
        return t;
    }

    /** A dense table whose chosen row is the page's choice; a double-click opens the row's family. */
    private <T> TableView<T> table(String id, ObservableList<T> rows, String emptyKey, Function<T, Chosen> chosen) {
        TableView<T> t = new TableView<>(rows);
        t.setId(id);
        t.getStyleClass().add(Styles.DENSE);
        t.setPlaceholder(new Label(i18n.t(emptyKey)));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setMinHeight(80);
        t.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                tables.stream().filter(other -> other != t)
                        .forEach(other -> other.getSelectionModel().clearSelection());
                vm.chosenProperty().set(chosen.apply(b));
            }
        });
        t.setRowFactory(x -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(chosen.apply(row.getItem()));
                }
            });
            return row;
        });
        // The cursor entering a list chooses its first row, so that Enter has something to open.
        t.focusedProperty().addListener((o, was, now) -> {
            if (now && t.getSelectionModel().isEmpty() && !t.getItems().isEmpty()) {
                t.getSelectionModel().select(0);
            }
        });
        tables.add(t);
        return t;
    }

    /** A list's title with its count ("今日回访（3）"; "30+" when there are more than it shows). */
    private <T> Label title(String id, String key, ObservableList<T> rows, Function<StartPage, Listed<?>> listed) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("title-4");
        StringBinding text = Bindings.createStringBinding(() -> {
            StartPage p = vm.pageProperty().get();
            boolean more = p != null && listed.apply(p).more();
            String count = rows.size() + (more ? "+" : "");
            String k = key != null ? key : p != null && p.everyone() ? "start.overdue.everyone" : "start.overdue";
            return i18n.t(k, count);
        }, rows, vm.pageProperty());
        l.textProperty().bind(text);
        return l;
    }

    private void openChosen() {
        Chosen c = vm.chosenProperty().get();
        if (c != null) {
            open(c);
        }
    }

    /** A note in draft opens in its editor; any other row, its family's page. */
    private void open(Chosen c) {
        if (c.noteId() != null) {
            openNote.open(c.householdId(), c.noteId());
        } else {
            openFamily.accept(c.householdId());
        }
    }

    private void recordChosen() {
        Chosen c = vm.chosenProperty().get();
        if (c != null && c.followUpId() != null) {
            recordResult.accept(c.followUpId());
        }
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value,
            double width) {
        return Tables.textColumn(i18n.t(key), value, width);
    }
}

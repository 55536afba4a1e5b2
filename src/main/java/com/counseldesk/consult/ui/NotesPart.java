package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.Note;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Student;
import com.counseldesk.family.ui.PagePart;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The family page's consultation notes: "写咨询记录" and the household's notes, newest first, each a
 * link (Enter or a click opens it in its editor) reading when, who, its state, the student and its first
 * words, with the number of amendments.
 */
public final class NotesPart implements PagePart {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int EXCERPT = 30;
    private final NotesViewModel vm;
    private final Runnable newNote;
    private final LongConsumer openNote;

    /** {@code newNote} opens the editor of a new note; {@code openNote} a stored note's, by its id. */
    public NotesPart(NotesViewModel vm, Runnable newNote, LongConsumer openNote) {
        this.vm = vm;
        this.newNote = newNote;
        this.openNote = openNote;
    }

    @Override
    public Node build(I18n i18n) {
        return new View(i18n).root;
    }

    @Override
    public void load() {
        vm.load();
    }

    private final class View {
        private final I18n i18n;
        private final VBox root = new VBox(4);
        private final VBox rows = new VBox(2);
        private final Label title = new Label();
        /** Held here so that the view model's list keeps only a weak reference to this view. */
        private final ListChangeListener<Note> rebuild = c -> rebuild();

        View(I18n i18n) {
            this.i18n = i18n;
            root.setId("familyNotes");
            root.setPadding(Insets.EMPTY);
            title.setId("notesTitle");
            title.getStyleClass().add("title-4");
            Button write = new Button(i18n.t("note.new"));
            write.setId("newNoteButton");
            write.getStyleClass().add("small");
            write.setMinWidth(Region.USE_PREF_SIZE);
            write.visibleProperty().bind(vm.canWriteProperty());
            write.setOnAction(e -> newNote.run());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox header = new HBox(8, title, spacer, write);
            header.setAlignment(Pos.CENTER_LEFT);
            Label refused = Forms.errorLabel("notesRefused", vm.refusedProperty(), i18n);
            rows.setId("notesList");
            root.getChildren().addAll(header, refused, rows);
            root.setVisible(vm.shown());
            root.setManaged(vm.shown());
            root.getProperties().put(View.class, this);
            vm.notes().addListener(new WeakListChangeListener<>(rebuild));
            title.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("note.list", vm.notes().size()),
                    vm.notes()));
            // Listed with the family page's keys (same title: one section of the list).
            Keys.area(root, "keys.area.family").onEach(List.of(Keys.ENTER), "keys.note.openListed",
                    e -> e.getTarget() instanceof Hyperlink h && h.getParent() == rows,
                    e -> ((Hyperlink) e.getTarget()).fire());
            rebuild();
        }

        private void rebuild() {
            rows.getChildren().clear();
            if (vm.notes().isEmpty() && vm.refusedProperty().get() == null) {
                Label none = new Label(i18n.t("note.list.empty"));
                none.setId("notesEmpty");
                none.getStyleClass().add("text-muted");
                rows.getChildren().add(none);
            }
            for (Note n : vm.notes()) {
                Hyperlink link = new Hyperlink(line(n));
                link.setId("note-" + n.id());
                link.setWrapText(true);
                link.setOnAction(e -> openNote.accept(n.id()));
                rows.getChildren().add(link);
            }
        }

        /** "2026-11-27 10:00 · 李明 · 已签字 · 张子涵 — 数学成绩下滑…（补充 1 条）". */
        private String line(Note n) {
            HouseholdCard card = vm.householdProperty().get();
            Student s = card == null || n.content().studentId() == null ? null : card.student(n.content().studentId());
            String about = s == null ? n.excerpt(EXCERPT)
                    : n.excerpt(EXCERPT).isEmpty() ? s.name() : s.name() + " — " + n.excerpt(EXCERPT);
            String text = i18n.t("note.list.line", n.sessionAt().format(WHEN), n.authorName(), n.state(), about);
            return n.amendments().isEmpty() ? text : text + i18n.t("note.list.amendments", n.amendments().size());
        }
    }
}

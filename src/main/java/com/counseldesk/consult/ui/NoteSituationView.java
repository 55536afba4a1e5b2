package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.Brought;
import com.counseldesk.consult.StudentSituation;
import com.counseldesk.consult.SubjectScore;
import com.counseldesk.consult.WhoWants;
import com.counseldesk.family.Subject;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The structured part of the note editor (学生情况分析表): a line per subject (the latest score, full
 * marks, rank, weak points), then the attitude, goals, who wants tutoring, past tutoring and what was
 * brought. Each field's message is under it. Field ids: "MATH-score", "OTHER-subjectName", "attitude" …
 */
final class NoteSituationView {
    private final NoteViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(6);

    NoteSituationView(NoteViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        root.setId("noteSituation");
        root.getChildren().addAll(NoteView.section("noteSituationTitle", i18n.t("note.situation")), subjects(),
                others());
    }

    Node root() {
        return root;
    }

    private Node subjects() {
        GridPane grid = new GridPane();
        grid.setId("noteSubjects");
        grid.setHgap(8);
        grid.setVgap(3);
        ColumnConstraints weak = new ColumnConstraints();
        weak.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints(),
                new ColumnConstraints(), weak);
        String[] headers = {"note.col.subject", "note.col.score", "note.col.fullMarks", "note.col.rank",
            "note.col.weakPoints"};
        for (int c = 0; c < headers.length; c++) {
            Label h = new Label(i18n.t(headers[c]));
            h.getStyleClass().add("text-muted");
            grid.add(h, c, 0);
        }
        int row = 1;
        for (Subject s : Subject.values()) {
            SituationForm.Line line = vm.situation().line(s);
            Node name;
            if (s == Subject.OTHER) {
                TextField other = field(s, SubjectScore.NAME, line.name, 6);
                other.setPromptText(i18n.t("note.otherName.prompt"));
                name = withError(other, s, SubjectScore.NAME);
            } else {
                Label label = new Label(i18n.label(s));
                label.setId(s.name() + "-label");
                label.setPadding(new Insets(5, 0, 0, 0));
                name = label;
            }
            grid.add(name, 0, row);
            grid.add(withError(field(s, SubjectScore.SCORE, line.score, 4), s, SubjectScore.SCORE), 1, row);
            grid.add(withError(field(s, SubjectScore.FULL_MARKS, line.fullMarks, 4), s, SubjectScore.FULL_MARKS), 2,
                    row);
            grid.add(withError(field(s, SubjectScore.RANK, line.rank, 4), s, SubjectScore.RANK), 3, row);
            grid.add(withError(field(s, SubjectScore.WEAK_POINTS, line.weakPoints, 16), s, SubjectScore.WEAK_POINTS),
                    4, row);
            row++;
        }
        grid.getChildren().forEach(n -> GridPane.setValignment(n, VPos.TOP));
        return grid;
    }

    private TextField field(Subject s, String part, StringProperty value, int columns) {
        TextField f = NoteView.textField(vm, NoteView.nodeId(SituationForm.field(s, part)), value);
        f.setPrefColumnCount(columns);
        return f;
    }

    private Node withError(TextField f, Subject s, String part) {
        return new VBox(1, f, Forms.errorLabel(f.getId() + "Error", vm.error(SituationForm.field(s, part)), i18n));
    }

    private Node others() {
        GridPane grid = Forms.grid();
        grid.setPadding(new Insets(6, 0, 0, 0));
        int row = 0;
        for (String field : List.of(StudentSituation.ATTITUDE, StudentSituation.NEXT_EXAM, StudentSituation.TARGET)) {
            text(grid, row++, field);
        }
        ComboBox<WhoWants> who = Forms.combo("whoWants", List.of(WhoWants.values()), i18n::label);
        who.valueProperty().bindBidirectional(vm.situation().whoWantsProperty());
        who.disableProperty().bind(vm.editableProperty().not());
        who.setMaxWidth(260);
        NoteView.saveOnLeave(vm, who);
        Forms.row(grid, row++, i18n.t("note.whoWants"), who, "whoWants", null, i18n);
        for (String field : List.of(StudentSituation.PAST_TUTORING, StudentSituation.PAST_RESULT)) {
            text(grid, row++, field);
        }
        FlowPane brought = new FlowPane(16, 4);
        brought.setId("brought");
        for (Brought b : Brought.values()) {
            CheckBox box = new CheckBox(i18n.label(b));
            box.setId("brought-" + b.name());
            box.selectedProperty().bindBidirectional(vm.situation().brought(b));
            box.disableProperty().bind(vm.editableProperty().not());
            NoteView.saveOnLeave(vm, box);
            brought.getChildren().add(box);
        }
        Forms.row(grid, row, i18n.t("note.brought"), brought, "broughtRow", null, i18n);
        return grid;
    }

    private void text(GridPane grid, int row, String field) {
        TextField f = NoteView.textField(vm, field, vm.situation().text(field));
        Forms.row(grid, row, i18n.t("note." + field), f, field, vm.error(field), i18n);
    }
}

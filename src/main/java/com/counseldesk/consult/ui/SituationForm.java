package com.counseldesk.consult.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.consult.Brought;
import com.counseldesk.consult.StudentSituation;
import com.counseldesk.consult.SubjectScore;
import com.counseldesk.consult.WhoWants;
import com.counseldesk.family.Subject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The structured part of a note as typed (学生情况分析表): a line per subject, the attitude, the goals,
 * who wants the tutoring, past tutoring, what was brought. Each field is checked by the domain's rule
 * for it; field names are "MATH.score", "OTHER.subjectName", "attitude" …
 */
public final class SituationForm {
    /** The texts of the table besides the subjects' lines, in the order the form shows them. */
    public static final List<String> TEXTS = List.of(StudentSituation.ATTITUDE, StudentSituation.NEXT_EXAM,
            StudentSituation.TARGET, StudentSituation.PAST_TUTORING, StudentSituation.PAST_RESULT);

    /** One subject's line as typed. */
    public static final class Line {
        public final StringProperty name = new SimpleStringProperty("");
        public final StringProperty score = new SimpleStringProperty("");
        public final StringProperty fullMarks = new SimpleStringProperty("");
        public final StringProperty rank = new SimpleStringProperty("");
        public final StringProperty weakPoints = new SimpleStringProperty("");
    }

    private final CheckedFields fields;
    private final Map<Subject, Line> lines = new EnumMap<>(Subject.class);
    private final Map<String, StringProperty> texts = new LinkedHashMap<>();
    private final ObjectProperty<WhoWants> whoWants = new SimpleObjectProperty<>();
    private final Map<Brought, BooleanProperty> brought = new EnumMap<>(Brought.class);

    SituationForm(CheckedFields fields) {
        this.fields = fields;
        for (Subject s : Subject.values()) {
            Line line = new Line();
            lines.put(s, line);
            if (s == Subject.OTHER) {
                fields.add(field(s, SubjectScore.NAME), () -> FormModel.check(() -> SubjectScore.otherName(
                        line.name.get())), line.name);
            }
            fields.add(field(s, SubjectScore.SCORE), () -> FormModel.check(() -> SubjectScore.within(
                    SubjectScore.score(line.score.get()), fullMarksIfValid(line))), line.score, line.fullMarks);
            fields.add(field(s, SubjectScore.FULL_MARKS), () -> FormModel.check(() -> SubjectScore.fullMarks(
                    line.fullMarks.get())), line.fullMarks);
            fields.add(field(s, SubjectScore.RANK), () -> FormModel.check(() -> SubjectScore.rank(line.rank.get())),
                    line.rank);
            fields.add(field(s, SubjectScore.WEAK_POINTS), () -> FormModel.check(() -> SubjectScore.weakPoints(
                    line.weakPoints.get())), line.weakPoints);
        }
        for (String name : TEXTS) {
            StringProperty p = new SimpleStringProperty("");
            texts.put(name, p);
            fields.add(name, () -> FormModel.check(() -> StudentSituation.text(name, p.get())), p);
        }
        for (Brought b : Brought.values()) {
            brought.put(b, new SimpleBooleanProperty(false));
        }
    }

    /** The form's field name of a part of a subject's line: "MATH.score". */
    public static String field(Subject subject, String part) {
        return subject.name() + "." + part;
    }

    /** Puts a stored situation into the fields. */
    void fill(StudentSituation s) {
        for (Subject subject : Subject.values()) {
            SubjectScore stored = s.subject(subject);
            Line line = lines.get(subject);
            line.name.set(stored == null ? "" : stored.name());
            line.score.set(stored == null ? "" : plain(stored.score()));
            line.fullMarks.set(stored == null ? "" : plain(stored.fullMarks()));
            line.rank.set(stored == null || stored.rank() == null ? "" : stored.rank().toString());
            line.weakPoints.set(stored == null ? "" : stored.weakPoints());
        }
        texts.get(StudentSituation.ATTITUDE).set(s.attitude());
        texts.get(StudentSituation.NEXT_EXAM).set(s.nextExam());
        texts.get(StudentSituation.TARGET).set(s.target());
        texts.get(StudentSituation.PAST_TUTORING).set(s.pastTutoring());
        texts.get(StudentSituation.PAST_RESULT).set(s.pastResult());
        whoWants.set(s.whoWants());
        brought.forEach((b, p) -> p.set(s.brought().contains(b)));
    }

    /** What was typed, every field as it is (refused with the first field's message when one is wrong). */
    StudentSituation typed() {
        List<SubjectScore> out = new ArrayList<>();
        for (Subject s : Subject.values()) {
            out.add(typedLine(s));
        }
        return situation(out, name -> texts.get(name).get());
    }

    /**
     * What was typed, for the draft: a line or a text that does not pass its rule now keeps its value in
     * {@code before} (the last draft stored), so that what is stored is always valid and nothing valid
     * that was typed is held back.
     */
    StudentSituation draft(StudentSituation before) {
        List<SubjectScore> out = new ArrayList<>();
        for (Subject s : Subject.values()) {
            SubjectScore line = lineIfValid(s);
            out.add(line != null ? line : before.subject(s));
        }
        return situation(out.stream().filter(l -> l != null).toList(),
                name -> fields.valid(name) ? texts.get(name).get() : before(before, name));
    }

    private StudentSituation situation(List<SubjectScore> lines, Function<String, String> text) {
        EnumSet<Brought> ticked = EnumSet.noneOf(Brought.class);
        brought.forEach((b, p) -> {
            if (p.get()) {
                ticked.add(b);
            }
        });
        return new StudentSituation(lines, text.apply(StudentSituation.ATTITUDE),
                text.apply(StudentSituation.NEXT_EXAM), text.apply(StudentSituation.TARGET), whoWants.get(),
                text.apply(StudentSituation.PAST_TUTORING), text.apply(StudentSituation.PAST_RESULT), ticked);
    }

    private SubjectScore lineIfValid(Subject s) {
        boolean valid = fields.valid(field(s, SubjectScore.SCORE)) && fields.valid(field(s, SubjectScore.FULL_MARKS))
                && fields.valid(field(s, SubjectScore.RANK)) && fields.valid(field(s, SubjectScore.WEAK_POINTS))
                && (s != Subject.OTHER || fields.valid(field(s, SubjectScore.NAME)));
        if (!valid) {
            return null;
        }
        try {
            return typedLine(s);
        } catch (ValidationException e) {
            return null;
        }
    }

    private SubjectScore typedLine(Subject s) {
        Line l = lines.get(s);
        return new SubjectScore(s, l.name.get(), SubjectScore.score(l.score.get()),
                SubjectScore.fullMarks(l.fullMarks.get()), SubjectScore.rank(l.rank.get()), l.weakPoints.get());
    }

    private static String before(StudentSituation s, String name) {
        return switch (name) {
            case StudentSituation.ATTITUDE -> s.attitude();
            case StudentSituation.NEXT_EXAM -> s.nextExam();
            case StudentSituation.TARGET -> s.target();
            case StudentSituation.PAST_TUTORING -> s.pastTutoring();
            case StudentSituation.PAST_RESULT -> s.pastResult();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static BigDecimal fullMarksIfValid(Line line) {
        try {
            return SubjectScore.fullMarks(line.fullMarks.get());
        } catch (ValidationException e) {
            return null;
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    /** Everything a person changes here, for the draft's autosave. */
    List<Observable> watched() {
        List<Observable> out = new ArrayList<>();
        for (Line l : lines.values()) {
            out.addAll(List.of(l.name, l.score, l.fullMarks, l.rank, l.weakPoints));
        }
        out.addAll(texts.values());
        out.add(whoWants);
        out.addAll(brought.values());
        return out;
    }

    public Line line(Subject s) {
        return lines.get(s);
    }

    public StringProperty text(String name) {
        return texts.get(name);
    }

    public ObjectProperty<WhoWants> whoWantsProperty() {
        return whoWants;
    }

    public BooleanProperty brought(Brought b) {
        return brought.get(b);
    }
}

package com.counseldesk.family.ui;

import com.counseldesk.common.fx.FormModel;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Student;
import com.counseldesk.family.StudentDetails;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A student's details on the family page: name, gender, grade (as it is today) and school, or a
 * new child of the household. The rules are {@link StudentDetails}'.
 */
public final class StudentForm extends EditForm {
    private final long householdId;
    private final ObjectProperty<Student> student = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>(Gender.UNKNOWN);
    private final ObjectProperty<Grade> grade = new SimpleObjectProperty<>(Grade.UNKNOWN);
    private final StringProperty school = new SimpleStringProperty("");
    private final PageContext page;

    /** A form for {@code student}, or for a new child of the household when it is null. */
    StudentForm(PageContext page, long householdId, Student student) {
        super(page);
        this.page = page;
        this.householdId = householdId;
        this.student.set(student);
        form.field(StudentDetails.NAME, () -> FormModel.check(() -> StudentDetails.name(name.get())), name)
                .field(StudentDetails.SCHOOL, () -> FormModel.check(() -> StudentDetails.school(school.get())),
                        school);
        form.revalidate();
    }

    /** The student as last read (the page shows it while the form is closed). */
    void update(Student s) {
        student.set(s);
    }

    @Override
    protected void fill() {
        Student s = student.get();
        name.set(s == null ? "" : s.name());
        gender.set(s == null ? Gender.UNKNOWN : s.gender());
        grade.set(s == null ? Grade.UNKNOWN : s.gradeOn(page.today()));
        school.set(s == null ? "" : s.school());
    }

    @Override
    protected Callable<?> command(Long by) {
        StudentDetails d = new StudentDetails(name.get(), gender.get(), grade.get(), school.get());
        Student s = student.get();
        if (s == null) {
            return () -> page.families().addStudent(householdId, d, by);
        }
        return () -> {
            page.families().updateStudent(s.id(), d, by);
            return null;
        };
    }

    public boolean isNew() {
        return student.get() == null;
    }

    public ReadOnlyObjectProperty<Student> studentProperty() {
        return student;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public ObjectProperty<Grade> gradeProperty() {
        return grade;
    }

    public StringProperty schoolProperty() {
        return school;
    }
}

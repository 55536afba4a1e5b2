package com.counseldesk.family.ui;

import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.Contact;
import com.counseldesk.family.ContactPhone;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Student;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
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
 * The family page's people: students (with their grade today and pipeline stage), contacts with
 * their phones, and the families this one referred. Each student and contact opens its own small
 * form in place. The rows are rebuilt when the page is read again; the forms keep their state in
 * the view model, so an open form survives.
 */
final class FamilyPeopleView {
    private final FamilyPageViewModel vm;
    private final I18n i18n;
    private final LongConsumer openFamily;
    private final VBox root = new VBox(10);
    private final VBox studentRows = new VBox(4);
    private final VBox contactRows = new VBox(6);
    private final VBox referralRows = new VBox(2);
    private final Label referralTitle = new Label();
    /** Held here so that the view model's lists keep only weak references to this view. */
    private final ListChangeListener<Object> rebuild = c -> rebuild();

    FamilyPeopleView(FamilyPageViewModel vm, I18n i18n, LongConsumer openFamily) {
        this.vm = vm;
        this.i18n = i18n;
        this.openFamily = openFamily;
        root.setId("familyPeople");
        root.setPadding(new Insets(8));
        Button addStudent = button("addStudentButton", "family.student.add", () -> vm.newStudent().edit());
        Button addContact = button("addContactButton", "family.contact.add", () -> vm.newContact().edit());
        referralTitle.getStyleClass().add("title-4");
        referralTitle.setId("referralTitle");
        root.getChildren().addAll(
                section("studentsTitle", "family.students", addStudent), studentRows, newStudentForm(),
                section("contactsTitle", "family.contacts", addContact), contactRows, newContactForm(),
                referralTitle, referralRows);
        // The view lives as long as its nodes do: the view model's lists hold it only weakly.
        root.getProperties().put(FamilyPeopleView.class, this);
        vm.students().addListener(new WeakListChangeListener<>(rebuild));
        vm.contacts().addListener(new WeakListChangeListener<>(rebuild));
        vm.referrals().addListener(new WeakListChangeListener<>(rebuild));
        rebuild();
    }

    Node root() {
        return root;
    }

    private void rebuild() {
        studentRows.getChildren().setAll(vm.students().stream().map(this::student).toList());
        contactRows.getChildren().setAll(vm.contacts().stream().map(this::contact).toList());
        referralTitle.setText(i18n.t("family.referrals", vm.referrals().size()));
        List<Node> refs = new ArrayList<>();
        for (HouseholdCard c : vm.referrals()) {
            Hyperlink link = new Hyperlink(c.studentNames() + " · " + HouseholdText.mainPhone(c) + " · "
                    + HouseholdText.owner(c, i18n));
            link.setId("referral-" + c.id());
            link.setOnAction(e -> openFamily.accept(c.id()));
            refs.add(link);
        }
        if (refs.isEmpty()) {
            Label none = new Label(i18n.t("family.referrals.none"));
            none.setId("referralsNone");
            refs.add(none);
        }
        referralRows.getChildren().setAll(refs);
    }

    private Node student(StudentForm form) {
        Student s = form.studentProperty().get();
        String id = "student-" + s.id();
        List<String> parts = new ArrayList<>(List.of(s.name(), i18n.label(s.gender()),
                i18n.label(s.gradeOn(vm.today()))));
        if (!s.school().isEmpty()) {
            parts.add(s.school());
        }
        Label text = new Label(String.join(" · ", parts));
        text.setId(id);
        text.setWrapText(true);
        Label stage = new Label(i18n.label(s.stage()));
        stage.setId(id + "-stage");
        stage.getStyleClass().add("stage-badge");
        Button edit = button("editStudent-" + s.id(), "family.edit", form::edit);
        HBox line = line(text, stage, edit);
        line.visibleProperty().bind(form.openProperty().not());
        line.managedProperty().bind(line.visibleProperty());
        return new VBox(2, line, studentForm(form, id, "family.save"));
    }

    private Node newStudentForm() {
        return studentForm(vm.newStudent(), "newStudent", "family.student.addSave");
    }

    private Node studentForm(StudentForm form, String prefix, String saveKey) {
        FormNodes f = new FormNodes(form, prefix, i18n);
        f.text("name", "family.student.name", "studentName", form.nameProperty());
        f.combo("gender", "family.student.gender", List.of(Gender.values()), i18n::label, form.genderProperty(), null);
        f.combo("grade", "family.student.grade", Grade.choosable(), i18n::label, form.gradeProperty(), null);
        f.text("school", "family.student.school", "school", form.schoolProperty());
        return f.build(saveKey);
    }

    private Node contact(ContactForm form) {
        Contact c = form.contactProperty().get();
        String id = "contact-" + c.id();
        String name = c.name().isEmpty() ? i18n.t("family.contact.unnamed") : c.name();
        Label text = new Label(i18n.t("family.contact.name", name, i18n.label(c.relation())));
        text.setId(id);
        text.setWrapText(true);
        Button edit = button("editContact-" + c.id(), "family.edit", form::edit);
        Button addPhone = button("addPhone-" + c.id(), "family.phone.add", () -> form.phoneForm().edit());
        HBox line = line(text, edit, addPhone);
        line.visibleProperty().bind(form.openProperty().not());
        line.managedProperty().bind(line.visibleProperty());
        VBox phones = new VBox(2);
        phones.setPadding(new Insets(0, 0, 0, 16));
        for (ContactPhone p : c.phones()) {
            Label number = new Label(p.main() ? i18n.t("family.phone.main", p.phone().display())
                    : p.phone().display());
            number.setId("phone-" + p.id());
            Hyperlink remove = new Hyperlink(i18n.t("family.phone.remove"));
            remove.setId("removePhone-" + p.id());
            remove.setOnAction(e -> vm.removePhone(p));
            HBox phoneLine = new HBox(8, number, remove);
            phoneLine.setAlignment(Pos.CENTER_LEFT);
            phones.getChildren().add(phoneLine);
        }
        FormNodes details = new FormNodes(form, id, i18n);
        details.text("name", "family.contact.nameLabel", "parentName", form.nameProperty());
        details.combo("relation", "family.contact.relation", List.of(Relation.values()), i18n::label,
                form.relationProperty(), null);
        FormNodes phone = new FormNodes(form.phoneForm(), id + "-phone", i18n);
        phone.text("number", "family.phone.number", "phone", form.phoneForm().numberProperty());
        VBox box = new VBox(2, line, details.build("family.save"), phones, phone.build("family.phone.addSave"));
        box.getStyleClass().add("family-contact");
        return box;
    }

    private Node newContactForm() {
        PhoneForm form = vm.newContact();
        FormNodes f = new FormNodes(form, "newContact", i18n);
        f.text("name", "family.contact.nameLabel", "parentName", form.nameProperty());
        f.combo("relation", "family.contact.relation", List.of(Relation.values()), i18n::label,
                form.relationProperty(), null);
        f.text("number", "family.phone.number", "phone", form.numberProperty());
        return f.build("family.contact.addSave");
    }

    private HBox section(String id, String key, Node action) {
        Label title = new Label(i18n.t(key));
        title.setId(id);
        title.getStyleClass().add("title-4");
        return line(title, action);
    }

    private HBox line(Label text, Node... after) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8);
        box.getChildren().add(text);
        box.getChildren().add(spacer);
        box.getChildren().addAll(after);
        box.setAlignment(Pos.CENTER_LEFT);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.SOMETIMES);
        return box;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.t(key));
        b.setId(id);
        b.getStyleClass().add("small");
        b.setOnAction(e -> action.run());
        return b;
    }
}

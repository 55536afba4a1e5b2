package com.counseldesk.contract.ui;

import com.counseldesk.common.Phone;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.fx.SavingForm;
import com.counseldesk.contract.ReferredFamily;
import com.counseldesk.contract.Referrals;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Relation;
import com.counseldesk.family.StudentDetails;
import com.counseldesk.office.Staff;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 请客户转介绍, after signing (or any time from a contract): each family the signing family recommends is
 * recorded at once as a new lead (channel 转介绍, the referrer named, the counselor its owner): the
 * child's name, the parent's name and number. The form empties for the next one and lists the families
 * recorded. No JavaFX nodes.
 */
public class ReferralFormViewModel extends SavingForm<HouseholdCard> {
    private final long referrerId;
    private final Referrals referrals;
    private final FamilyService families;
    private final Staff me;
    private final ObjectProperty<HouseholdCard> referrer = new SimpleObjectProperty<>();
    private final StringProperty student = new SimpleStringProperty("");
    private final StringProperty parent = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObservableList<HouseholdCard> recorded = FXCollections.observableArrayList();

    public ReferralFormViewModel(long referrerId, Referrals referrals, FamilyService families, Background background,
            DialogService dialogs, Staff me) {
        super(background, dialogs, "contract.page.failed", "contract.form.saveFailed",
                "contract.form.saveFailed.detail");
        this.referrerId = referrerId;
        this.referrals = referrals;
        this.families = families;
        this.me = me;
        form.field(StudentDetails.NAME, () -> FormModel.check(() -> StudentDetails.name(student.get())), student)
                .field(ContactDetails.NAME, () -> FormModel.check(() -> ContactDetails.name(parent.get())), parent)
                .field(Phone.FIELD, () -> FormModel.check(() -> Phone.parse(phone.get())), phone)
                .settlesOnLeave(Phone.FIELD, m -> !"error.phone.invalid".equals(m.key()));
        form.revalidate();
        onDone(card -> {
            recorded.add(card);
            form.quietly(() -> {
                student.set("");
                parent.set("");
                phone.set("");
            });
            form.reset();
        });
    }

    public void load() {
        read(() -> families.card(referrerId).orElseThrow(), referrer::set);
    }

    public boolean save() {
        return store(referrer.get() != null, () -> {
            ReferredFamily f = new ReferredFamily(new StudentDetails(student.get(), Gender.UNKNOWN, Grade.UNKNOWN, ""),
                    new ContactDetails(parent.get(), Relation.UNKNOWN), Phone.parse(phone.get()));
            return () -> referrals.record(me.id(), referrerId, f);
        });
    }

    /** The phone field was left: its message, if any, shows now. */
    public void phoneLeft() {
        form.left(Phone.FIELD);
    }

    public ReadOnlyObjectProperty<HouseholdCard> referrerProperty() {
        return referrer;
    }

    public StringProperty studentProperty() {
        return student;
    }

    public StringProperty parentProperty() {
        return parent;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    /** The families recorded in this dialog. */
    public ObservableList<HouseholdCard> recorded() {
        return recorded;
    }
}

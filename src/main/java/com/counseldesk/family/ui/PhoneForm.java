package com.counseldesk.family.ui;

import com.counseldesk.common.Phone;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.Relation;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A number to add: to one contact, or with a new contact (name and relation) of the household. A
 * number that is another household's is refused beside the field, naming only that household's owner.
 */
public final class PhoneForm extends EditForm {
    private final Long contactId;
    private final long householdId;
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Relation> relation = new SimpleObjectProperty<>(Relation.UNKNOWN);
    private final PageContext page;

    private PhoneForm(PageContext page, Long contactId, long householdId) {
        super(page);
        this.page = page;
        this.contactId = contactId;
        this.householdId = householdId;
        form.field(Phone.FIELD, () -> FormModel.check(() -> Phone.parse(number.get())), number);
        if (contactId == null) {
            form.field(ContactDetails.NAME, () -> FormModel.check(() -> ContactDetails.name(name.get())), name);
        }
        form.revalidate();
    }

    static PhoneForm forContact(PageContext page, long contactId) {
        return new PhoneForm(page, contactId, -1);
    }

    static PhoneForm newContact(PageContext page, long householdId) {
        return new PhoneForm(page, null, householdId);
    }

    @Override
    protected void fill() {
        number.set("");
        name.set("");
        relation.set(Relation.UNKNOWN);
    }

    @Override
    protected Callable<?> command(Long by) {
        Phone phone = Phone.parse(number.get());
        if (contactId != null) {
            return () -> page.families().addPhoneTo(contactId, phone, by);
        }
        ContactDetails person = new ContactDetails(name.get(), relation.get());
        return () -> page.families().addPhone(householdId, person, phone, by);
    }

    /** True for the form that adds a contact with their number. */
    public boolean isNewContact() {
        return contactId == null;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Relation> relationProperty() {
        return relation;
    }
}

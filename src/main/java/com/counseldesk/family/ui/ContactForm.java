package com.counseldesk.family.ui;

import com.counseldesk.common.fx.FormModel;
import com.counseldesk.family.Contact;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.Relation;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A contact's name and relation on the family page; its numbers have their own {@link PhoneForm}. */
public final class ContactForm extends EditForm {
    private final ObjectProperty<Contact> contact = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Relation> relation = new SimpleObjectProperty<>(Relation.UNKNOWN);
    private final PhoneForm phone;
    private final PageContext page;

    ContactForm(PageContext page, Contact contact) {
        super(page);
        this.page = page;
        this.contact.set(contact);
        this.phone = PhoneForm.forContact(page, contact.id());
        form.field(ContactDetails.NAME, () -> FormModel.check(() -> ContactDetails.name(name.get())), name);
        form.revalidate();
    }

    void update(Contact c) {
        contact.set(c);
    }

    @Override
    protected void fill() {
        name.set(contact.get().name());
        relation.set(contact.get().relation());
    }

    @Override
    protected Callable<?> command(Long by) {
        ContactDetails d = new ContactDetails(name.get(), relation.get());
        long id = contact.get().id();
        return () -> {
            page.families().updateContact(id, d, by);
            return null;
        };
    }

    public ReadOnlyObjectProperty<Contact> contactProperty() {
        return contact;
    }

    /** The form that adds a number to this contact. */
    public PhoneForm phoneForm() {
        return phone;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Relation> relationProperty() {
        return relation;
    }
}

package com.counseldesk.family;

import java.util.List;

/** A person the office talks to about a household's students (a parent, a grandparent), with their phones. */
public record Contact(long id, long householdId, String name, Relation relation, boolean main, List<ContactPhone> phones) {
    public Contact {
        phones = List.copyOf(phones);
    }

    /** The phone to call first: the one marked main, else the first. */
    public ContactPhone mainPhone() {
        return phones.stream().filter(ContactPhone::main).findFirst().orElse(phones.isEmpty() ? null : phones.get(0));
    }
}

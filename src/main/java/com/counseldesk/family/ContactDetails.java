package com.counseldesk.family;

import com.counseldesk.common.Text;

/** A contact's name and relation as typed; the name may be left open (the desk often knows only the number). */
public record ContactDetails(String name, Relation relation) {
    public static final String NAME = "parentName";

    public ContactDetails {
        name = name(name);
        relation = relation == null ? Relation.UNKNOWN : relation;
    }

    /** What was typed replaces the contact's details; what was left blank keeps what the office knew. */
    public ContactDetails over(Contact c) {
        return new ContactDetails(name.isEmpty() ? c.name() : name,
                relation == Relation.UNKNOWN ? c.relation() : relation);
    }

    /** The rule for a contact's name (forms check it as it is typed). */
    public static String name(String typed) {
        return Text.optional(NAME, typed, Text.NAME_MAX);
    }
}

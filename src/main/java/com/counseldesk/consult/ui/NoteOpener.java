package com.counseldesk.consult.ui;

/** Opens a stored consultation note in its editor (the app knows the tabs; the lists only ask). */
@FunctionalInterface
public interface NoteOpener {
    void open(long householdId, long noteId);
}

package com.counseldesk.consult;

/**
 * A client-type tag of the office: one of the four built-in types ({@code builtin} set; its texts
 * are the bundles') or one of the office's own, as its manager typed it. A deactivated tag stays on
 * the households that carry it, and no new household gets it.
 */
public record ClientTag(long id, ClientType builtin, String name, String colour, String signs, String mistakes,
        String strategy, boolean active) {

    public boolean isBuiltin() {
        return builtin != null;
    }
}

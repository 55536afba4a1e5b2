package com.counseldesk.family;

import com.counseldesk.common.Phone;

/** One of a contact's numbers, as stored (with its extension, if any). */
public record ContactPhone(long id, long contactId, Phone phone, boolean main) {
}

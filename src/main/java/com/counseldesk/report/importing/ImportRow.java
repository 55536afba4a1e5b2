package com.counseldesk.report.importing;

import com.counseldesk.common.Phone;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.Channel;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.StudentDetails;
import java.time.LocalDateTime;
import java.util.List;

/** One row of a register as it will be stored, or why it cannot be. */
public sealed interface ImportRow {
    SheetRow source();

    /** A row that can be stored: its student, its contact's numbers, its date and the rest the sheet says. */
    record Readable(SheetRow source, StudentDetails student, ContactDetails contact, List<Phone> phones,
            LocalDateTime at, String owner, Channel channel, String district, String needs, String summary)
            implements ImportRow {
        public Readable {
            phones = List.copyOf(phones);
        }
    }

    /** A row that is not imported, with the reason (written beside it in the rejected-rows workbook). */
    record Rejected(SheetRow source, Msg reason) implements ImportRow {
    }
}

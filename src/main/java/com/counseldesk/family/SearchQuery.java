package com.counseldesk.family;

import com.counseldesk.common.ValidationException;
import java.time.LocalDate;

/**
 * What the directory is asked: the text as typed (a name, pinyin, initials or 4+ digits of a phone)
 * and optional filters. Every part may be left out: null filters match everything, and a blank text
 * lists the households by their last contact, newest first. First-contact dates are inclusive days.
 *
 * <p>A student's intent is a consultation record: {@code intentReader}, when set, is the counselor
 * asking, and an intent filter then looks only at the households whose records they read (their
 * own and nobody's); null looks at every household (a manager's search).
 */
public record SearchQuery(String text, Long ownerId, Stage stage, Channel channel, LocalDate firstContactFrom,
        LocalDate firstContactTo, Intent intent, Long intentReader) {
    public static final String FIRST_CONTACT_TO = "firstContactTo";

    public SearchQuery {
        text = text == null ? "" : text;
        if (firstContactFrom != null && firstContactTo != null && firstContactTo.isBefore(firstContactFrom)) {
            throw new ValidationException(FIRST_CONTACT_TO, "error.search.dateOrder");
        }
    }

    /** Just the text, no filters. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null);
    }

    /** No text and no filters: every household, the most recently contacted first. */
    public static SearchQuery all() {
        return of("");
    }

    public SearchQuery withText(String value) {
        return new SearchQuery(value, ownerId, stage, channel, firstContactFrom, firstContactTo, intent, intentReader);
    }

    public SearchQuery withOwner(Long value) {
        return new SearchQuery(text, value, stage, channel, firstContactFrom, firstContactTo, intent, intentReader);
    }

    public SearchQuery withStage(Stage value) {
        return new SearchQuery(text, ownerId, value, channel, firstContactFrom, firstContactTo, intent, intentReader);
    }

    public SearchQuery withChannel(Channel value) {
        return new SearchQuery(text, ownerId, stage, value, firstContactFrom, firstContactTo, intent, intentReader);
    }

    /** First contact on or between these days; either end may be null (open). */
    public SearchQuery withFirstContact(LocalDate from, LocalDate to) {
        return new SearchQuery(text, ownerId, stage, channel, from, to, intent, intentReader);
    }

    /** Students of this intent level; {@code reader}: the counselor asking (see the class), null for a manager. */
    public SearchQuery withIntent(Intent value, Long reader) {
        return new SearchQuery(text, ownerId, stage, channel, firstContactFrom, firstContactTo, value, reader);
    }

    public boolean hasFilters() {
        return ownerId != null || stage != null || channel != null || firstContactFrom != null
                || firstContactTo != null || intent != null;
    }
}

package com.counseldesk.family;

import com.counseldesk.common.ValidationException;
import java.time.LocalDate;

/**
 * What the directory is asked: the text as typed (a name, pinyin, initials or 4+ digits of a phone)
 * and optional filters. Every part may be left out: null filters match everything, and a blank text
 * lists the households by their last contact, newest first. First-contact dates are inclusive days.
 */
public record SearchQuery(String text, Long ownerId, Stage stage, Channel channel, LocalDate firstContactFrom,
        LocalDate firstContactTo) {
    public static final String FIRST_CONTACT_TO = "firstContactTo";

    public SearchQuery {
        text = text == null ? "" : text;
        if (firstContactFrom != null && firstContactTo != null && firstContactTo.isBefore(firstContactFrom)) {
            throw new ValidationException(FIRST_CONTACT_TO, "error.search.dateOrder");
        }
    }

    /** Just the text, no filters. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null);
    }

    /** No text and no filters: every household, the most recently contacted first. */
    public static SearchQuery all() {
        return of("");
    }

    public SearchQuery withText(String value) {
        return new SearchQuery(value, ownerId, stage, channel, firstContactFrom, firstContactTo);
    }

    public SearchQuery withOwner(Long value) {
        return new SearchQuery(text, value, stage, channel, firstContactFrom, firstContactTo);
    }

    public SearchQuery withStage(Stage value) {
        return new SearchQuery(text, ownerId, value, channel, firstContactFrom, firstContactTo);
    }

    public SearchQuery withChannel(Channel value) {
        return new SearchQuery(text, ownerId, stage, value, firstContactFrom, firstContactTo);
    }

    /** First contact on or between these days; either end may be null (open). */
    public SearchQuery withFirstContact(LocalDate from, LocalDate to) {
        return new SearchQuery(text, ownerId, stage, channel, from, to);
    }

    public boolean hasFilters() {
        return ownerId != null || stage != null || channel != null || firstContactFrom != null
                || firstContactTo != null;
    }
}

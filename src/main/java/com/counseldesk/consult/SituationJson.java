package com.counseldesk.consult;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The structured part of a note as the JSON text {@code note.structured} holds: the record's
 * components by name, enums by constant name, numbers as JSON numbers. Properties it does not know
 * (written by a later version) are skipped; a missing one is empty.
 */
public final class SituationJson {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SituationJson() {
    }

    public static String write(StudentSituation situation) {
        try {
            return JSON.writeValueAsString(situation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a note's structured part", e);
        }
    }

    /** The stored text read back; blank or "{}" is the empty situation. */
    public static StudentSituation read(String json) {
        if (json == null || json.isBlank()) {
            return StudentSituation.EMPTY;
        }
        try {
            return JSON.readValue(json, StudentSituation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A note's structured part cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}

package com.counseldesk.family;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** A household's search terms: every student's and contact's name terms; students' rank before contacts'. */
final class SearchTerms {
    /** Added to a contact's term weight, so a student's name matches first. */
    static final int CONTACT_PENALTY = 3;

    private SearchTerms() {
    }

    static Collection<NameKeys.Term> of(HouseholdCard card) {
        Map<String, Integer> best = new LinkedHashMap<>();
        card.students().forEach(s -> add(best, s.name(), 0));
        card.contacts().forEach(c -> add(best, c.name(), CONTACT_PENALTY));
        return best.entrySet().stream().map(e -> new NameKeys.Term(e.getKey(), e.getValue())).toList();
    }

    private static void add(Map<String, Integer> best, String name, int penalty) {
        for (NameKeys.Term t : NameKeys.termsOf(name)) {
            best.merge(t.text(), t.weight() + penalty, Math::min);
        }
    }
}

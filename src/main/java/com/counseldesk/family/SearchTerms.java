package com.counseldesk.family;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A household's search terms: every student's and contact's name terms, each with its best weight;
 * a student's name ranks before a contact's. Used when a household is written and by the migration
 * that derives the terms of upgraded households.
 */
public final class SearchTerms {
    /** Added to a contact's term weight, so a student's name matches first. */
    static final int CONTACT_PENALTY = 3;
    /** The highest weight a household's term has: a contact's name, any other part. */
    static final int MAX_WEIGHT = 3 + CONTACT_PENALTY;

    private SearchTerms() {
    }

    static Collection<SearchTerm> of(HouseholdCard card) {
        return of(card.students().stream().map(Student::name).toList(),
                card.contacts().stream().map(Contact::name).toList());
    }

    public static Collection<SearchTerm> of(List<String> studentNames, List<String> contactNames) {
        return of(studentNames, contactNames, NameKeys::termsOf);
    }

    /** The same, each name's terms taken from {@code keys} (an import reads the same names thousands of times). */
    static Collection<SearchTerm> of(List<String> studentNames, List<String> contactNames,
            Function<String, List<NameKeys.Term>> keys) {
        Map<String, Integer> best = new LinkedHashMap<>();
        studentNames.forEach(n -> add(best, keys.apply(n), 0));
        contactNames.forEach(n -> add(best, keys.apply(n), CONTACT_PENALTY));
        return best.entrySet().stream().map(e -> new SearchTerm(e.getKey(), e.getValue())).toList();
    }

    private static void add(Map<String, Integer> best, List<NameKeys.Term> terms, int penalty) {
        for (NameKeys.Term t : terms) {
            best.merge(t.text(), t.weight() + penalty, Math::min);
        }
    }
}

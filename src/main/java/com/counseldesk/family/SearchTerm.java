package com.counseldesk.family;

/**
 * One row of a household's search index: a term and its rank (lower first). Students' names rank
 * 1–3 as {@link NameKeys.Term} does; contacts' names rank after them (see {@link SearchTerms}).
 */
public record SearchTerm(String text, int weight) {
}

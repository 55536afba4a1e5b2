package com.counseldesk.hotline;

/** One turn that answering a call used: whose, in which round, and what it came to. */
public record TurnStep(long staffId, int round, TurnKind kind) {
}

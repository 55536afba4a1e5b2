package com.counseldesk.hotline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of answering the hotline in turn (轮番接听), on the pure value. */
class DutyRotationTest {
    private static final long A = 1;
    private static final long B = 2;
    private static final long C = 3;
    private static final long D = 4;
    private static final long E = 5;

    private DutyRotation rotation = DutyRotation.start(List.of(A, B, C, D));

    /** Who answers the next calls when each is answered by whoever is next up. */
    private List<Long> nextCalls(int calls) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            long next = next();
            out.add(next);
            rotation = rotation.answer(next).after();
        }
        return out;
    }

    private long next() {
        return rotation.nextUp().orElseThrow().staffId();
    }

    private List<TurnStep> answer(long taker) {
        DutyRotation.Answer a = rotation.answer(taker);
        rotation = a.after();
        return a.steps();
    }

    @Test
    void counselorsAnswerInTheOrderOfTheDayRoundAfterRound() {
        assertEquals(A, next());
        assertEquals(1, rotation.nextRound());
        assertEquals(List.of(A, B, C, D, A, B, C, D, A), nextCalls(9));
        assertEquals(3, rotation.round());
    }

    @Test
    void eachAnswerUsesTheTakersTurnInItsRound() {
        assertEquals(List.of(new TurnStep(A, 1, TurnKind.TAKEN)), answer(A));
        nextCalls(3);
        assertEquals(List.of(new TurnStep(A, 2, TurnKind.TAKEN)), answer(A));
        assertEquals(2, rotation.round());
    }

    @Test
    void someoneAbsentAtTheirTurnIsSkippedAndRecordedSo() {
        answer(A);
        rotation = rotation.absent(B, true);

        assertEquals(C, next(), "the indicator moves past the absent counselor");
        assertEquals(List.of(new TurnStep(B, 1, TurnKind.SKIPPED), new TurnStep(C, 1, TurnKind.TAKEN)), answer(C));
    }

    @Test
    void someoneBackMidRoundWaitsForTheNextRound() {
        answer(A);
        rotation = rotation.absent(B, true);
        answer(C);
        rotation = rotation.absent(B, false);

        assertEquals(List.of(D, A, B, C), nextCalls(4), "B does not get the skipped turn back");
    }

    @Test
    void someoneBackBeforeTheirTurnCameKeepsIt() {
        answer(A);
        rotation = rotation.absent(B, true);
        rotation = rotation.absent(B, false);

        assertEquals(B, next());
        assertEquals(List.of(new TurnStep(B, 1, TurnKind.TAKEN)), answer(B));
    }

    @Test
    void someoneAbsentForSeveralRoundsIsSkippedInEachAndKeepsTheirPlace() {
        rotation = rotation.absent(C, true);
        assertEquals(List.of(A, B, D, A, B, D), nextCalls(6));
        rotation = rotation.absent(C, false);
        assertEquals(List.of(A, B, C, D), nextCalls(4));
    }

    @Test
    void aCallThatTurnsOutAnAdvertStillUsesTheTurn() {
        // The rotation knows nothing of what the call was: answering is what uses the turn.
        answer(A);
        assertEquals(B, next());
        assertEquals(List.of(B, C), nextCalls(2));
    }

    @Test
    void answeringOutOfTurnPassesThoseBeforeInTheOrder() {
        answer(A);

        assertEquals(List.of(new TurnStep(B, 1, TurnKind.PASSED), new TurnStep(C, 1, TurnKind.TAKEN)), answer(C));
        assertEquals(D, next());
        assertEquals(List.of(D, A, B), nextCalls(3));
    }

    @Test
    void answeringBeforeTheRoundCameRoundPassesTheRestOfTheRound() {
        answer(A);
        answer(B);

        assertEquals(List.of(new TurnStep(C, 1, TurnKind.PASSED), new TurnStep(D, 1, TurnKind.PASSED),
                new TurnStep(A, 2, TurnKind.TAKEN)), answer(A));
        assertEquals(B, next());
        assertEquals(2, rotation.nextRound());
    }

    @Test
    void anAbsentCounselorWhoAnswersIsBackAndUsesTheirTurn() {
        rotation = rotation.absent(B, true);

        assertEquals(List.of(new TurnStep(A, 1, TurnKind.PASSED), new TurnStep(B, 1, TurnKind.TAKEN)), answer(B));
        assertFalse(rotation.seat(B).orElseThrow().absent());
        assertEquals(List.of(C, D, A, B), nextCalls(4));
    }

    @Test
    void someoneNotOnDutyWhoAnswersMovesNothing() {
        answer(A);
        DutyRotation before = rotation;

        DutyRotation.Answer a = rotation.answer(E);

        assertFalse(a.onDuty());
        assertEquals(List.of(), a.steps());
        assertSame(before, a.after());
        assertEquals(B, next());
    }

    @Test
    void everyoneAbsentLeavesNobodyNext() {
        for (long id : List.of(A, B, C, D)) {
            rotation = rotation.absent(id, true);
        }
        assertEquals(Optional.empty(), rotation.nextUp());

        assertEquals(List.of(new TurnStep(A, 1, TurnKind.SKIPPED), new TurnStep(B, 1, TurnKind.SKIPPED),
                new TurnStep(C, 1, TurnKind.TAKEN)), answer(C), "whoever answers anyway takes it");
    }

    @Test
    void anEmptyOrderHasNobodyNext() {
        rotation = DutyRotation.start(List.of());
        assertEquals(Optional.empty(), rotation.nextUp());
        assertFalse(rotation.answer(A).onDuty());
    }

    @Test
    void someoneAddedMidDayJoinsAtTheEndOfThisRound() {
        answer(A);
        rotation = rotation.with(E);

        assertEquals(List.of(B, C, D, E, A, B), nextCalls(6));
    }

    @Test
    void someoneAddedAfterTheLastOfTheRoundAnsweredIsNext() {
        nextCalls(4);
        rotation = rotation.with(E);

        assertEquals(List.of(E, A, B), nextCalls(3));
    }

    @Test
    void addingSomeoneAlreadyOnDutyChangesNothing() {
        answer(A);
        DutyRotation before = rotation;
        assertSame(before, rotation.with(C));
    }

    @Test
    void someoneTakenOffMidDayLeavesTheOthersTurnsAsTheyWere() {
        answer(A);
        rotation = rotation.without(C);
        assertEquals(List.of(B, D, A, B, D), nextCalls(5));
    }

    @Test
    void takingOffTheOneWhoIsNextGivesTheTurnToTheOneAfter() {
        answer(A);
        rotation = rotation.without(B);
        assertEquals(C, next());
        assertFalse(rotation.isOnDuty(B));
    }

    @Test
    void takingOffTheLastOfTheRoundWhoIsNextStartsTheNextRound() {
        nextCalls(3);
        rotation = rotation.without(D);
        assertEquals(A, next());
        assertEquals(2, rotation.nextRound());
    }

    @Test
    void someoneTakenOffAndAddedAgainJoinsAtTheEnd() {
        answer(A);
        rotation = rotation.without(B).with(B);
        assertEquals(List.of(C, D, B, A, C, D, B), nextCalls(7));
    }

    @Test
    void reorderingMidDayKeepsTheNextCallForWhoeverWasNext() {
        answer(A);
        rotation = rotation.withOrder(List.of(D, C, B, A));

        assertEquals(B, next());
        assertEquals(List.of(B, A, D, C, B), nextCalls(5));
    }

    @Test
    void reorderingWithoutWhoeverWasNextGivesItToTheNextStillOnTheOrder() {
        answer(A);
        rotation = rotation.withOrder(List.of(A, D, C));
        assertEquals(C, next());
    }

    @Test
    void reorderingKeepsWhoIsAbsent() {
        rotation = rotation.absent(C, true).withOrder(List.of(C, B, A, D));
        assertTrue(rotation.seat(C).orElseThrow().absent());
        assertEquals(A, next(), "A was next and still is");
        rotation = rotation.answer(A).after();
        assertEquals(D, next(), "C, now first, is absent and waits for the next round");
        assertEquals(List.of(D, B, A), nextCalls(3));
    }

    @Test
    void anOrderNamesEachCounselorOnce() {
        assertThrows(IllegalArgumentException.class, () -> DutyRotation.start(List.of(A, B, A)));
    }

    @Test
    void theStoredStateGivesTheSameRotation() {
        answer(A);
        answer(C);
        rotation = rotation.absent(D, true);
        DutyRotation stored = new DutyRotation(rotation.seats(), rotation.nextPosition(), rotation.round());

        assertEquals(rotation.nextUp(), stored.nextUp());
        assertEquals(rotation.answer(B).steps(), stored.answer(B).steps());
    }
}

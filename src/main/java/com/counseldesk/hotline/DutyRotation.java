package com.counseldesk.hotline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The office's rules of answering the hotline in turn (轮番接听), on one day's state: the order of
 * counselors on duty, where the next inbound call is offered from ({@code nextPosition}) and in
 * which round. An immutable value; every change gives a new one, and the service stores it.
 *
 * <p>The rules, from the office's own text:
 * <ul>
 *   <li>counselors answer in the order set for the day, round after round;</li>
 *   <li>someone absent when their turn comes is skipped and waits for the next round: the turn
 *       moves past them, so coming back mid-round does not give it back;</li>
 *   <li>whoever answers uses their turn, whatever the call turns out to be (an advert, a wrong
 *       number); those before them in the order that the call passed are passed over in the same way
 *       (not marked absent, but not there to answer either);</li>
 *   <li>someone can be marked absent or back at any time; someone added mid-day joins at the end
 *       of the order (this round, if the round has not passed the end yet), someone taken off
 *       leaves the others' turns as they were;</li>
 *   <li>a person not on the day's order who answers uses no turn and moves nothing.</li>
 * </ul>
 */
public final class DutyRotation {
    private static final Comparator<DutySeat> ORDER = Comparator.comparingInt(DutySeat::position)
            .thenComparingLong(DutySeat::staffId);
    private final List<DutySeat> seats;
    private final int nextPosition;
    private final int round;

    /** What answering a call did: the rotation afterwards and the turns it used, in order. */
    public record Answer(DutyRotation after, List<TurnStep> steps) {
        public Answer {
            steps = List.copyOf(steps);
        }

        /** Whether the person who answered was on the day's order (else nothing moved). */
        public boolean onDuty() {
            return !steps.isEmpty();
        }
    }

    public DutyRotation(List<DutySeat> seats, int nextPosition, int round) {
        this.seats = seats.stream().sorted(ORDER).toList();
        this.nextPosition = nextPosition;
        this.round = round;
    }

    /** A day's first order: these counselors in this order, the first one next, round 1. */
    public static DutyRotation start(List<Long> staffIds) {
        return new DutyRotation(List.of(), 1, 1).withOrder(staffIds);
    }

    /** The seats in the day's order. */
    public List<DutySeat> seats() {
        return seats;
    }

    public int nextPosition() {
        return nextPosition;
    }

    /** The round of the turn last taken (the state as stored; {@link #nextRound} is the round of the next turn). */
    public int round() {
        return round;
    }

    public boolean isOnDuty(long staffId) {
        return seat(staffId).isPresent();
    }

    public Optional<DutySeat> seat(long staffId) {
        return seats.stream().filter(s -> s.staffId() == staffId).findFirst();
    }

    /** Who takes the next inbound call: the first seat from the next position on, round the order, who is not absent. */
    public Optional<DutySeat> nextUp() {
        return cycle().stream().filter(s -> !s.absent()).findFirst();
    }

    /** The round the next call is answered in. */
    public int nextRound() {
        return nextUp().map(this::roundOf).orElse(round);
    }

    /** The seats in the order the next calls are offered: from the next position to the end, then from the start. */
    List<DutySeat> cycle() {
        List<DutySeat> out = new ArrayList<>(seats.stream().filter(s -> s.position() >= nextPosition).toList());
        out.addAll(seats.stream().filter(s -> s.position() < nextPosition).toList());
        return out;
    }

    /** Seats before the next position come round again only in the next round. */
    private int roundOf(DutySeat s) {
        return s.position() >= nextPosition ? round : round + 1;
    }

    /**
     * {@code takerId} answered an inbound call. Every seat the call passed on the way to them has its
     * turn used (SKIPPED when marked absent, PASSED when not); the taker's turn is TAKEN (and they are
     * back, if they were marked absent); the next call is offered from the seat after theirs.
     */
    public Answer answer(long takerId) {
        if (!isOnDuty(takerId)) {
            return new Answer(this, List.of());
        }
        List<TurnStep> steps = new ArrayList<>();
        for (DutySeat s : cycle()) {
            if (s.staffId() == takerId) {
                steps.add(new TurnStep(takerId, roundOf(s), TurnKind.TAKEN));
                List<DutySeat> after = seats.stream()
                        .map(x -> x.staffId() == takerId ? new DutySeat(takerId, x.position(), false) : x).toList();
                return new Answer(new DutyRotation(after, s.position() + 1, roundOf(s)), steps);
            }
            steps.add(new TurnStep(s.staffId(), roundOf(s), s.absent() ? TurnKind.SKIPPED : TurnKind.PASSED));
        }
        throw new IllegalStateException("The taker is on duty but not in the cycle");
    }

    /**
     * The order set again (a manager rearranging the day, or the day's first order). Who keeps a seat
     * keeps being absent or not; the next call is offered to whoever would have been offered it
     * first among those who are still on the order.
     */
    public DutyRotation withOrder(List<Long> staffIds) {
        List<Long> order = List.copyOf(new LinkedHashSet<>(staffIds));
        if (order.size() != staffIds.size()) {
            throw new IllegalArgumentException("A counselor is on the order twice: " + staffIds);
        }
        List<DutySeat> after = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            long id = order.get(i);
            after.add(new DutySeat(id, i + 1, seat(id).map(DutySeat::absent).orElse(false)));
        }
        int next = cycle().stream().filter(s -> order.contains(s.staffId())).findFirst()
                .map(s -> order.indexOf(s.staffId()) + 1).orElse(1);
        return new DutyRotation(after, next, round);
    }

    /** Someone joins the day's order at its end (no change when they are on it already). */
    public DutyRotation with(long staffId) {
        if (isOnDuty(staffId)) {
            return this;
        }
        int last = seats.stream().mapToInt(DutySeat::position).max().orElse(0);
        List<DutySeat> after = new ArrayList<>(seats);
        after.add(new DutySeat(staffId, Math.max(last, nextPosition - 1) + 1, false));
        return new DutyRotation(after, nextPosition, round);
    }

    /** Someone leaves the day's order; the others' turns stay where they were. */
    public DutyRotation without(long staffId) {
        return new DutyRotation(seats.stream().filter(s -> s.staffId() != staffId).toList(), nextPosition, round);
    }

    /** Someone marked absent, or back. */
    public DutyRotation absent(long staffId, boolean absent) {
        return new DutyRotation(seats.stream()
                .map(s -> s.staffId() == staffId ? new DutySeat(staffId, s.position(), absent) : s).toList(),
                nextPosition, round);
    }
}

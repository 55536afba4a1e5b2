package com.counseldesk.hotline;

/**
 * What picking up an inbound call did to the rotation: the turn taken ({@code turnId}; null when the
 * person who answered is not on the day's order, which moves nothing) and the board afterwards.
 */
public record AnsweredTurn(Long turnId, DutyBoard board) {
    public boolean onDuty() {
        return turnId != null;
    }
}

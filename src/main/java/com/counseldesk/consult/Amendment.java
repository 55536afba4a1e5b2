package com.counseldesk.consult;

import java.time.LocalDateTime;

/** A text appended to a signed or locked note (补充说明): who wrote it, when. Never changed afterwards. */
public record Amendment(long id, long noteId, long authorId, String authorName, LocalDateTime at, String text) {
}

package com.counseldesk.contract;

import com.counseldesk.common.Fen;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One list price of a course from a day on, with who set it and when. */
public record CoursePrice(LocalDate validFrom, Fen price, String setByName, LocalDateTime setAt) {
}

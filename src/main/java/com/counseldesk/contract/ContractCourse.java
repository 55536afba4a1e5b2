package com.counseldesk.contract;

import com.counseldesk.common.Fen;

/** A course a contract is for, as it was when the contract was signed. */
public record ContractCourse(long courseId, String name, int classHours, Fen price) {
}

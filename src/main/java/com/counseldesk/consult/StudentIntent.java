package com.counseldesk.consult;

import com.counseldesk.family.Intent;

/** A student of a household with their intent level ({@code intent} null until a counselor judged it). */
public record StudentIntent(long studentId, String name, Intent intent) {
}

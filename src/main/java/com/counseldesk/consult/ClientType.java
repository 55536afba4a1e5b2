package com.counseldesk.consult;

/**
 * A client-type tag (咨询者类型) as the talk tracks need it: its id, its name and its coping strategy.
 * The tags themselves (the four built-in types and the office's own) are kept by the tagging part
 * of the workspace; the talk tracks only read them.
 */
public record ClientType(long id, String name, String strategy) {
}

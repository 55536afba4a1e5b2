package com.counseldesk.consult;

/** What the family brought to the session, as the invitation asks. Labels: {@code brought.<NAME>}. */
public enum Brought {
    TEST_PAPERS, TEXTBOOKS, ERROR_NOTEBOOK
}

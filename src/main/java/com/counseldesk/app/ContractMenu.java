package com.counseldesk.app;

/**
 * What the main window opens of contracts from anywhere: the contract list (F6, and its button on top)
 * and, for a manager, the course catalogue (null for anyone else: no link).
 */
record ContractMenu(Runnable list, Runnable catalogue) {
}

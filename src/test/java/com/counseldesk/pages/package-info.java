/**
 * Handles on the app's screens for the headless GUI tests, one per screen: {@link FirstRunPage},
 * {@link LoginPage}, {@link MainPage}, {@link WalkInPage}, {@link TodayPage}, {@link FamilyPage},
 * {@link VisitEditPage}, {@link DatabaseChoicePage} (first run, database settings),
 * {@link TagAdminPage} (the office's client-type tags) and {@link CannotOpenPage}.
 *
 * <p>A handle speaks the user's language: it types into the control that has the focus, presses
 * keys, clicks, picks combo box items by the label on screen, and reads back label texts, field
 * values and table rows (column header to cell text). It finds controls by their ids afresh on
 * every call, since a language switch rebuilds the screen. It waits by itself for what it expects
 * (database work ends on a worker thread and reaches the screen later), so tests read as stories
 * and never sleep. Every wait gives up after a few seconds with a message saying what it waited for.
 */
package com.counseldesk.pages;

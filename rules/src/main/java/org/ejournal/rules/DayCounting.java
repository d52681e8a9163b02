package org.ejournal.rules;

/** How deadlines counted in days count them (REQUIREMENTS §3). */
public enum DayCounting {
    /** Every calendar day counts. */
    CALENDAR_DAYS,
    /** Only school days count: weekends, holidays and vacations of the school calendar do not. */
    SCHOOL_DAYS
}

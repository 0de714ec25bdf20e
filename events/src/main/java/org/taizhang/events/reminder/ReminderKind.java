package org.taizhang.events.reminder;

/** Why a reminder went out: ahead of a deadline, on it, after it (催办), or for a periodic report. */
public enum ReminderKind {
    BEFORE_DUE,
    DUE_TODAY,
    OVERDUE,
    REPORT_DUE,
    REPORT_OVERDUE
}

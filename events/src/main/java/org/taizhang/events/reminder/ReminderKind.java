package org.taizhang.events.reminder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a reminder went out: ahead of a deadline, on it, after it (催办), or for a periodic report. */
@Schema(
        description = "Why a reminder went out: BEFORE_DUE ahead of the due date,"
                + " DUE_TODAY on it, OVERDUE after it (催办), REPORT_DUE a"
                + " periodic report is due, REPORT_OVERDUE a periodic report is late")
public enum ReminderKind {
    BEFORE_DUE,
    DUE_TODAY,
    OVERDUE,
    REPORT_DUE,
    REPORT_OVERDUE
}

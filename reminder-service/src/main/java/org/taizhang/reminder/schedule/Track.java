package org.taizhang.reminder.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The reminders of an assignment of one sort (deadline or periodic reports), grouped in series: the reminders sharing a
 * due date. Within a series a later reminder supersedes earlier ones.
 */
interface Track {

    /** Per series, the latest reminder firing on or before {@code day}. */
    List<PlannedReminder> latestOnOrBefore(LocalDate day);

    /** The first reminder firing strictly after {@code day}. */
    Optional<PlannedReminder> firstAfter(LocalDate day);
}

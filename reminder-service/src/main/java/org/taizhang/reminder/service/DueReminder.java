package org.taizhang.reminder.service;

import org.taizhang.reminder.entity.TrackedAssignment;
import org.taizhang.reminder.schedule.PlannedReminder;

/** A reminder a tick found due for one of the assignments it claimed. */
record DueReminder(TrackedAssignment assignment, PlannedReminder planned) {}

package org.taizhang.reminder.service;

import org.taizhang.reminder.entity.Reminder;

/** The reminder an urge issued; {@code created} is false when a retry with the same request id returned it again. */
public record Urged(Reminder reminder, boolean created) {}

package org.taizhang.console.api;

import java.time.LocalDate;

/** A deadline as written and as understood: FIXED with a date, RECURRING with a cadence, ONGOING, or UNKNOWN. */
public record Deadline(String raw, String kind, LocalDate dueDate, String cadence) {}

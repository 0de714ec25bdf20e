package org.taizhang.events.plan;

import java.time.LocalDate;

/** A parsed deadline that keeps the text it was parsed from. */
public record Deadline(String raw, DeadlineKind kind, LocalDate dueDate, Cadence cadence) {}

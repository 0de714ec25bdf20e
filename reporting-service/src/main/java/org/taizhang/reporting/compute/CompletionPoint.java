package org.taizhang.reporting.compute;

import java.time.LocalDate;

/** Where a plan stood at the end of a day: share of tasks complete and of deciding assignments completed. */
public record CompletionPoint(LocalDate date, double taskPercent, double assignmentPercent) {}

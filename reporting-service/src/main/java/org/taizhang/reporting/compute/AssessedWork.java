package org.taizhang.reporting.compute;

import java.time.Instant;
import java.util.Collection;
import org.taizhang.reporting.model.AssignmentFacts;

/**
 * What a unit's scorecard takes from one of its assignments: the assignment, when its reports count as made (only
 * periodic work is judged by them), and how many reminders and urgings (催办) were issued about it.
 */
public record AssessedWork(AssignmentFacts assignment, Collection<Instant> reportTimes, int reminders, int urgings) {}

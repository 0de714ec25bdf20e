package org.taizhang.assignment.planning;

import java.util.List;

/** What a task's unit mentions come to: the units to assign, and the mentions left for the office. */
public record TaskAssignments(List<AssignmentTarget> targets, List<PendingMention> pending) {}

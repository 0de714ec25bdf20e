package org.taizhang.assignment.planning;

import org.taizhang.assignment.directory.DirectoryUnit;
import org.taizhang.events.plan.UnitRole;

/** A concrete unit a task is assigned to, with its role. */
public record AssignmentTarget(DirectoryUnit unit, UnitRole role) {}

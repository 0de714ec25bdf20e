package org.taizhang.assignment.service;

import java.util.List;
import org.taizhang.assignment.entity.Assignment;

/**
 * One page of assignments; {@code total} is exact when {@code totalExact}, else the cap it reached; {@code next} is
 * the cursor of the following page, null on the last.
 */
public record AssignmentPage(
        List<Assignment> assignments, int page, int size, long total, boolean totalExact, String next) {}

package org.taizhang.assignment.service;

import java.util.List;
import org.taizhang.assignment.entity.Assignment;

/** One page of assignments. */
public record AssignmentPage(List<Assignment> assignments, int page, int size, long total) {}

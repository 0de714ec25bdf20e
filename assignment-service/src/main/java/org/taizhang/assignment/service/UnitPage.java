package org.taizhang.assignment.service;

import java.util.List;
import org.taizhang.assignment.entity.Unit;

/** One page of the directory. */
public record UnitPage(List<Unit> units, int page, int size, long total) {}

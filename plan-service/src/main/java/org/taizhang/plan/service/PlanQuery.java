package org.taizhang.plan.service;

import org.taizhang.plan.entity.PlanStatus;

/** Filters of the plan list; null means any. {@code text} searches titles and task requirements. */
public record PlanQuery(Integer year, String regionCode, PlanStatus status, String text, int page, int size) {}

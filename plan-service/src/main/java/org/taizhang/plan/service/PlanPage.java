package org.taizhang.plan.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.taizhang.plan.entity.Plan;

/** One page of plans with their live task counts. */
public record PlanPage(List<Plan> plans, Map<UUID, Long> taskCounts, int page, int size, long total) {}

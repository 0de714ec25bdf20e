package org.taizhang.reporting.compute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.PlanFacts;

/** Per-unit figures across plans, units with the most overdue work first so the list reads as a to-chase list. */
public final class UnitSummaryCalculator {

    private static final Comparator<UnitSummary> LAGGARDS_FIRST = Comparator.comparingInt(
                    (UnitSummary u) -> -u.assignments().overdue())
            .thenComparingDouble(u -> u.assignments().percent())
            .thenComparing(UnitSummary::unitId, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Lights lights;

    public UnitSummaryCalculator(ReportingPolicy policy) {
        this.lights = new Lights(policy);
    }

    public List<UnitSummary> summarize(Collection<PlanFacts> plans, LocalDate today) {
        Map<String, List<AssignmentFacts>> byUnit = new LinkedHashMap<>();
        plans.stream()
                .flatMap(PlanFacts::assignments)
                .forEach(a -> byUnit.computeIfAbsent(a.unitId(), id -> new ArrayList<>())
                        .add(a));
        return byUnit.values().stream()
                .map(assignments -> unit(assignments, today))
                .sorted(LAGGARDS_FIRST)
                .toList();
    }

    private UnitSummary unit(List<AssignmentFacts> assignments, LocalDate today) {
        AssignmentFacts first = assignments.get(0);
        List<AssignmentFacts> accountable = assignments.stream()
                .filter(a -> a.role() != UnitRole.SUPPORTING)
                .toList();
        return new UnitSummary(
                first.unitId(),
                first.unitName(),
                first.regionCode(),
                accountable.stream().map(a -> Tallies.one(a, today)).reduce(Tally.EMPTY, Tally::plus),
                assignments.size() - accountable.size(),
                (int) accountable.stream()
                        .filter(a -> lights.reportLate(a, today))
                        .count(),
                accountable.stream().map(a -> lights.of(a, today)).reduce(Light.GREEN, Light::worse));
    }
}

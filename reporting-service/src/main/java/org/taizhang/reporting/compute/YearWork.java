package org.taizhang.reporting.compute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every unit's work of a year counted once, from which its scorecards for any day and any weights are derived
 * without reading the work again: per unit and region the counts no day changes and the open fixed work per due date
 * ({@link UnitWork}), and the facts of its periodic work ({@link PeriodicWork}), judged for the day asked. Scores
 * exactly as {@link ScorecardCalculator#add} does an assignment at a time (YearWorkTest holds it to that).
 */
public final class YearWork {

    private final int year;
    // In unit id order, so that equal scores and names always list alike after the stable sort.
    private final List<Unit> units;
    private final Map<String, Set<String>> regions;

    /** The year's units in unit id order; the regions each has work in are those of its work. */
    YearWork(int year, List<Unit> units) {
        this.year = year;
        this.units = List.copyOf(units);
        Map<String, Set<String>> byUnit = new HashMap<>();
        for (Unit unit : units) {
            // A region may be null (work whose region was never known): a hash set keeps it.
            Set<String> unitRegions = new HashSet<>();
            unit.work().forEach(work -> unitRegions.add(work.regionCode()));
            if (!unit.work().isEmpty()) {
                byUnit.put(unit.work().get(0).unitId(), Collections.unmodifiableSet(unitRegions));
            }
        }
        this.regions = Map.copyOf(byUnit);
    }

    public int year() {
        return year;
    }

    /** The regions each unit has work in (supporting work too), by unit id. */
    public Map<String, Set<String>> regions() {
        return regions;
    }

    /** The scorecards of every unit with work assessed, as of the day judged, best first. */
    public List<Scorecard> score(ScorecardCalculator calculator, LocalDate day) {
        List<Scorecard> scorecards = new ArrayList<>(units.size());
        for (Unit unit : units) {
            UnitTally tally = new UnitTally();
            for (UnitWork work : unit.work()) {
                tally.add(work.on(day));
            }
            for (PeriodicWork work : unit.periodic()) {
                calculator.addReports(tally, work, day);
            }
            if (tally.assignments() > 0) {
                scorecards.add(calculator.scorecard(year, tally));
            }
        }
        scorecards.sort(ScorecardCalculator.bestFirst());
        return List.copyOf(scorecards);
    }

    /** The units in unit id order, each with its work per region and its periodic work ({@link YearWorkFormat}). */
    List<Unit> units() {
        return units;
    }

    record Unit(List<UnitWork> work, List<PeriodicWork> periodic) {}

    /** Collects the year's counts and periodic work as they are read, in any order. */
    public static final class Builder {

        private final int year;
        private final Map<String, Map<String, UnitWork.Builder>> counted = new TreeMap<>();
        private final Map<String, List<PeriodicWork>> periodic = new HashMap<>();

        public Builder(int year) {
            this.year = year;
        }

        /** Counts of a unit's work in a region; the overdue count is the open fixed work due on {@code openDue}. */
        public Builder count(WorkCounts counts, LocalDate openDue) {
            // A region may be null (work whose region was never known): a hash map keeps it.
            counted.computeIfAbsent(counts.unitId(), unit -> new HashMap<>())
                    .computeIfAbsent(counts.regionCode(), region -> new UnitWork.Builder())
                    .add(counts, openDue);
            return this;
        }

        /** Periodic work of a unit, kept only when the unit's work was counted (as scoring it always did). */
        public Builder periodic(PeriodicWork work) {
            periodic.computeIfAbsent(work.unitId(), unit -> new ArrayList<>()).add(work);
            return this;
        }

        public YearWork build() {
            List<Unit> units = new ArrayList<>(counted.size());
            counted.forEach((unitId, byRegion) -> {
                List<UnitWork> work =
                        byRegion.values().stream().map(UnitWork.Builder::build).toList();
                units.add(new Unit(work, List.copyOf(periodic.getOrDefault(unitId, List.of()))));
            });
            return new YearWork(year, units);
        }
    }
}

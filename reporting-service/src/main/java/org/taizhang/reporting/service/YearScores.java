package org.taizhang.reporting.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taizhang.platform.region.RegionCodes;
import org.taizhang.reporting.compute.Scorecard;

/**
 * The scorecards of every unit of a year, best first, with the regions each unit has work in: one computation from
 * which each region's scorecards are taken by filtering, and the version of the year's figures it was computed from.
 */
public record YearScores(
        ScoreKey key, long version, Instant computedAt, List<Scorecard> scorecards, Map<String, Set<String>> regions) {

    public YearScores {
        scorecards = List.copyOf(scorecards);
        regions = Map.copyOf(regions);
    }

    /** The scorecards of the units with work inside the region (by code prefix: a city keeps its counties'); null keeps all. */
    public List<Scorecard> inRegion(String regionCode) {
        if (regionCode == null) {
            return scorecards;
        }
        return scorecards.stream()
                .filter(card -> regions.getOrDefault(card.unitId(), Set.of()).stream()
                        .anyMatch(region -> RegionCodes.contains(regionCode, region)))
                .toList();
    }
}

package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.taizhang.reporting.compute.Scorecard;
import org.taizhang.reporting.compute.ScorecardCalculator;
import org.taizhang.reporting.compute.UnitTally;
import org.taizhang.reporting.compute.WorkCounts;
import org.taizhang.reporting.config.ReportingConfig;
import org.taizhang.reporting.entity.ScoreWeightsSetting;

/**
 * Scores every unit of a year at once; callable from requests and from the background worker alike (it opens its
 * own request context there, which reading the read model needs).
 */
@ApplicationScoped
public class YearScoring {

    private final ScorecardReads reads;
    private final PlanVersions versions;
    private final ReportingConfig config;

    public YearScoring(ScorecardReads reads, PlanVersions versions, ReportingConfig config) {
        this.reads = reads;
        this.versions = versions;
        this.config = config;
    }

    /** The default view's key: the current year as of today, with the weights in force. */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScoreKey today() {
        LocalDate today = config.today();
        return new ScoreKey(today.getYear(), today, ScoreWeightsSetting.inForce());
    }

    /** The version of the year's figures now (0 while the year has no plans). */
    @ActivateRequestContext
    public long version(int year) {
        return versions.latestOfYear(year).orElse(0L);
    }

    /**
     * Every unit's scorecard; the version is read first, so that the scores are never older than the version they
     * are kept under.
     */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.SUPPORTS)
    public YearScores score(ScoreKey key) {
        Instant computedAt = Instant.now();
        long version = version(key.year());
        ScorecardCalculator calculator = new ScorecardCalculator(key.weights(), config.policy());
        // A province's 20,000 units, each counted where its work is stored; only periodic work is read here.
        Map<String, UnitTally> tallies = new HashMap<>();
        Map<String, Set<String>> regions = new HashMap<>();
        for (WorkCounts counts : reads.countsOfYear(key.year(), key.day(), config.zone())) {
            regions.computeIfAbsent(counts.unitId(), unit -> new HashSet<>()).add(counts.regionCode());
            tallies.computeIfAbsent(counts.unitId(), unit -> new UnitTally()).add(counts);
        }
        reads.forEachPeriodic(key.year(), work -> {
            UnitTally tally = tallies.get(work.assignment().unitId());
            if (tally != null) { // always, unless the work was added since its unit was counted
                calculator.addReports(tally, work, key.day());
            }
        });
        // Units in id order before the stable sort, so that equal scores and names always list alike.
        List<Scorecard> scorecards = new TreeMap<>(tallies)
                .entrySet().stream()
                        .filter(unit -> unit.getValue().assignments() > 0)
                        .map(unit -> calculator.scorecard(key.year(), unit.getValue()))
                        .sorted(ScorecardCalculator.bestFirst())
                        .toList();
        return new YearScores(key, version, computedAt, scorecards, regions);
    }
}

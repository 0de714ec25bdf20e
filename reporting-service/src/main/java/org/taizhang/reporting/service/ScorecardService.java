package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.taizhang.platform.region.RegionCodes;
import org.taizhang.reporting.compute.ScoreWeights;
import org.taizhang.reporting.compute.Scorecard;
import org.taizhang.reporting.compute.ScorecardCalculator;
import org.taizhang.reporting.compute.UnitTally;
import org.taizhang.reporting.compute.WorkCounts;
import org.taizhang.reporting.config.ReportingConfig;
import org.taizhang.reporting.entity.ScoreWeightsSetting;

/** The yearly assessment (考核) of units and the weights the office scores them with. */
@ApplicationScoped
public class ScorecardService {

    private final ScorecardReads reads;
    private final PlanViewCache cache;
    private final ReportingConfig config;

    public ScorecardService(ScorecardReads reads, PlanViewCache cache, ReportingConfig config) {
        this.reads = reads;
        this.cache = cache;
        this.config = config;
    }

    /**
     * Scorecards of the year as of the day given; by default as of today while the year runs and as of 1 January
     * after it, so that a year's scores stop moving once it is over. A region keeps the units with work inside it (by
     * code prefix, so a city keeps its counties' units too); null keeps all.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScorecardsView scorecards(int year, LocalDate asOf, String regionCode) {
        LocalDate yearOver = LocalDate.of(year + 1, 1, 1);
        LocalDate day = asOf != null ? asOf : config.today().isBefore(yearOver) ? config.today() : yearOver;
        ScoreWeights weights = weights().toWeights();
        return cache.yearView(
                year,
                "scorecards",
                Arrays.asList(day, regionCode, weights),
                () -> ScorecardsView.from(year, day, weights, score(year, day, regionCode, weights)));
    }

    private List<Scorecard> score(int year, LocalDate day, String regionCode, ScoreWeights weights) {
        ScorecardCalculator calculator = new ScorecardCalculator(weights, config.policy());
        // A province's 20,000 units, each counted where its work is stored; only periodic work is read here.
        Map<String, UnitTally> tallies = new HashMap<>();
        Set<String> inRegion = new HashSet<>();
        for (WorkCounts counts : reads.countsOfYear(year, day, config.zone())) {
            if (regionCode != null && RegionCodes.contains(regionCode, counts.regionCode())) {
                inRegion.add(counts.unitId());
            }
            tallies.computeIfAbsent(counts.unitId(), unit -> new UnitTally()).add(counts);
        }
        reads.forEachPeriodic(year, work -> {
            UnitTally tally = tallies.get(work.assignment().unitId());
            if (tally != null) { // always, unless the work was added since its unit was counted
                calculator.addReports(tally, work, day);
            }
        });
        // Units in id order before the stable sort, so that equal scores and names always list alike.
        return new TreeMap<>(tallies)
                .entrySet().stream()
                        .filter(unit -> unit.getValue().assignments() > 0)
                        .filter(unit -> regionCode == null || inRegion.contains(unit.getKey()))
                        .map(unit -> calculator.scorecard(year, unit.getValue()))
                        .sorted(ScorecardCalculator.bestFirst())
                        .toList();
    }

    /** The weights in force: the office's, or {@link ScoreWeights#DEFAULT} until it sets its own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScoreWeightsSetting weights() {
        ScoreWeightsSetting stored = ScoreWeightsSetting.findById(ScoreWeightsSetting.ONLY);
        return stored != null ? stored : setting(ScoreWeights.DEFAULT, null, null);
    }

    @Transactional
    public ScoreWeightsSetting setWeights(ScoreWeights weights, String subject) {
        ScoreWeightsSetting stored = ScoreWeightsSetting.findById(ScoreWeightsSetting.ONLY);
        if (stored == null) {
            stored = setting(weights, subject, Instant.now());
            stored.persist();
            return stored;
        }
        copy(weights, stored);
        stored.updatedBy = subject;
        stored.updatedAt = Instant.now();
        return stored;
    }

    private static ScoreWeightsSetting setting(ScoreWeights weights, String subject, Instant at) {
        ScoreWeightsSetting setting = new ScoreWeightsSetting();
        copy(weights, setting);
        setting.updatedBy = subject;
        setting.updatedAt = at;
        return setting;
    }

    private static void copy(ScoreWeights weights, ScoreWeightsSetting setting) {
        setting.completion = weights.completion();
        setting.reporting = weights.reporting();
        setting.lateCredit = weights.lateCredit();
        setting.overduePenalty = weights.overduePenalty();
        setting.urgingPenalty = weights.urgingPenalty();
    }
}

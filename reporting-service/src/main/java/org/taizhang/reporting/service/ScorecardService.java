package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.taizhang.platform.region.RegionCodes;
import org.taizhang.reporting.compute.ScoreWeights;
import org.taizhang.reporting.compute.ScorecardCalculator;
import org.taizhang.reporting.config.ReportingConfig;
import org.taizhang.reporting.entity.Plan;
import org.taizhang.reporting.entity.ScoreWeightsSetting;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.PlanFacts;

/** The yearly assessment (考核) of units and the weights the office scores them with. */
@ApplicationScoped
public class ScorecardService {

    private final ReadModelQueries queries;
    private final ReportingConfig config;

    public ScorecardService(ReadModelQueries queries, ReportingConfig config) {
        this.queries = queries;
        this.config = config;
    }

    /**
     * Scorecards of the year as of the day given; by default as of today while the year runs and as of 1 January
     * after it, so that a year's scores stop moving once it is over. A region keeps the units inside it (by code
     * prefix, so a city keeps its counties' units too); null keeps all.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScorecardsView scorecards(int year, LocalDate asOf, String regionCode) {
        LocalDate yearOver = LocalDate.of(year + 1, 1, 1);
        LocalDate day = asOf != null ? asOf : config.today().isBefore(yearOver) ? config.today() : yearOver;
        List<Plan> plans = queries.plans(year);
        List<String> ids = plans.stream().map(p -> p.planId).toList();
        List<PlanFacts> facts = queries.facts(plans);
        ScoreWeights weights = weights().toWeights();
        var scorecards = new ScorecardCalculator(weights, config.policy())
                .score(year, facts, queries.reports(ids), queries.reminders(ids), day);
        if (regionCode != null) {
            Set<String> inRegion = facts.stream()
                    .flatMap(PlanFacts::assignments)
                    .filter(a -> RegionCodes.contains(regionCode, a.regionCode()))
                    .map(AssignmentFacts::unitId)
                    .collect(Collectors.toSet());
            scorecards = scorecards.stream()
                    .filter(card -> inRegion.contains(card.unitId()))
                    .toList();
        }
        return ScorecardsView.from(year, day, weights, scorecards);
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

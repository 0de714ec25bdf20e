package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.taizhang.reporting.compute.ScoreWeights;
import org.taizhang.reporting.config.ReportingConfig;
import org.taizhang.reporting.entity.ScoreWeightsSetting;

/** The yearly assessment (考核) of units and the weights the office scores them with. */
@ApplicationScoped
public class ScorecardService {

    private final YearScoring scoring;
    private final ScorecardsAhead ahead;
    private final PlanViewCache cache;
    private final ReportingConfig config;

    public ScorecardService(YearScoring scoring, ScorecardsAhead ahead, PlanViewCache cache, ReportingConfig config) {
        this.scoring = scoring;
        this.ahead = ahead;
        this.cache = cache;
        this.config = config;
    }

    /**
     * Scorecards of the year as of the day given; by default as of today while the year runs and as of 1 January
     * after it, so that a year's scores stop moving once it is over. A region keeps the units with work inside it (by
     * code prefix, so a city keeps its counties' units too); null keeps all. Every day, weights and region are derived
     * from one count of the year's work: the current year's is counted ahead (ScorecardsAhead) and may answer up to
     * max-staleness behind its figures, another year's is counted for the figures' current version.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScorecardsView scorecards(int year, LocalDate asOf, String regionCode) {
        LocalDate yearOver = LocalDate.of(year + 1, 1, 1);
        LocalDate day = asOf != null ? asOf : config.today().isBefore(yearOver) ? config.today() : yearOver;
        ScoreKey key = new ScoreKey(year, day, ScoreWeightsSetting.inForce());
        CountedYear counted = year == config.today().getYear()
                ? ahead.counted(year)
                : cache.yearView(year, "scorecards", List.of(), () -> scoring.count(year));
        return ScorecardsView.from(counted.scores(key), regionCode);
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

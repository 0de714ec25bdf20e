package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import org.taizhang.reporting.compute.PeriodicReports;
import org.taizhang.reporting.compute.YearWork;
import org.taizhang.reporting.config.ReportingConfig;
import org.taizhang.reporting.entity.ScoreWeightsSetting;

/**
 * Counts every unit's work of a year at once, for every day and weights alike; callable from requests and from the
 * background worker (it opens its own request context there, which reading the read model needs).
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
     * The year's work counted per unit, region and open due date, with its periodic work's facts; the version is read
     * first, so that the counts are never older than the version they are kept under.
     */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.SUPPORTS)
    public CountedYear count(int year) {
        Instant computedAt = Instant.now();
        long version = version(year);
        ReportingConfig.Scorecards scorecards = config.scorecards();
        YearWork.Builder work = new YearWork.Builder(year);
        reads.forEachCount(year, config.zone(), scorecards.countWorkMem(), work::count);
        // Only periodic work comes row by row: a partial index finds it, and its report days are kept to judge any day.
        PeriodicReports periodic = new PeriodicReports(config.policy());
        reads.forEachPeriodic(year, each -> work.periodic(periodic.work(each.assignment(), each.reportTimes())));
        return new CountedYear(work.build(), version, computedAt, config.policy(), scorecards.daysKept());
    }
}

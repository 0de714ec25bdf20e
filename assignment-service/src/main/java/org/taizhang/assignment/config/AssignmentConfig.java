package org.taizhang.assignment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import org.taizhang.assignment.planning.LightRules;
import org.taizhang.assignment.planning.ReportSchedule;
import org.taizhang.assignment.progress.ReportTimes;
import org.taizhang.events.plan.Cadence;

/**
 * How assignments are judged and reported: the YELLOW light's windows, the zone of "today", the batch limit,
 * how single reports share transactions, which report times are believed.
 */
@ConfigMapping(prefix = "taizhang.assignments")
public interface AssignmentConfig {

    /** Days before a due date from which an open assignment shows YELLOW. */
    @WithDefault("5")
    int warningDays();

    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** How often an ongoing task reports when its deadline names no cadence. */
    @WithDefault("QUARTERLY")
    Cadence defaultCadence();

    /** Days after a period ends in which its report still counts as on time. */
    @WithDefault("10")
    int reportGraceDays();

    /** Most reports one batch may carry. */
    @WithDefault("1000")
    int maxBatch();

    /** Threads recording single reports; the reports waiting when one is free share its transaction. */
    @WithDefault("2")
    int reportWriters();

    /** Most single reports recorded in one transaction. */
    @WithDefault("64")
    int maxReportGroup();

    /** How far a county system's clock may run ahead of or behind Taizhang's when it dates a report. */
    @WithDefault("PT5M")
    Duration clockSkew();

    /**
     * How long before its receipt a report may be dated: a week, for a county system that syncs its reports weekly or
     * after a week-long holiday. Lateness is judged on receipt whatever the report claims.
     */
    @WithDefault("P7D")
    Duration backdating();

    /**
     * Up to how many assignments a list counts its total exactly; beyond, it answers this number with totalExact
     * false, as counting 2,000,000 rows for every page of the office's list cost more than the page.
     */
    @WithDefault("10000")
    int listTotalCap();

    /** How far numbered pages (page × size + size) reach into a list; beyond, the next page's cursor does. */
    @WithDefault("10000")
    int listMaxOffset();

    default ReportTimes reportTimes() {
        return new ReportTimes(clockSkew(), backdating());
    }

    default LightRules lightRules() {
        return new LightRules(warningDays(), new ReportSchedule(defaultCadence(), reportGraceDays()), zone());
    }
}

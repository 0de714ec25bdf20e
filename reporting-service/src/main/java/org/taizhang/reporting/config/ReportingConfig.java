package org.taizhang.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.taizhang.events.plan.Cadence;
import org.taizhang.reporting.compute.ReportingPolicy;

/** How progress is judged (lights, report cadence, the zone of "today") and how a rebuild replays the topics. */
@ConfigMapping(prefix = "taizhang.reporting")
public interface ReportingConfig {

    /** Days before a fixed due date from which open work shows YELLOW. */
    @WithDefault("5")
    int warningDays();

    /** How often ongoing work reports when its deadline names no cadence. */
    @WithDefault("QUARTERLY")
    Cadence defaultCadence();

    /** The zone whose calendar decides on which day an instant fell. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /**
     * How many units the dashboard's plan page lists (the worst first), and each page of the plan's units list: a
     * province plan has thousands, 5 MB of HTML on one page.
     */
    @WithDefault("200")
    int dashboardUnitsPerPage();

    Rebuild rebuild();

    ViewCache viewCache();

    Scorecards scorecards();

    /** The current year's scorecards as of today, kept ahead of requests. */
    interface Scorecards {

        /**
         * How long ago kept scorecards may have been computed to answer after the year's figures moved, while newer
         * ones are computed in the background; older ones are computed before answering. PT0S always answers exactly.
         */
        @WithDefault("PT10M")
        Duration maxStaleness();

        /** How often the background worker checks whether the figures moved (and computes them again if so). */
        @WithDefault("PT5M")
        Duration refreshInterval();

        /**
         * How many days' (and weights') scorecards are kept with a year's counts once derived from them: a province's
         * for one day hold 6-8 MB; today's is asked most.
         */
        @WithDefault("4")
        int daysKept();

        /**
         * PostgreSQL's work_mem for counting a year's work per unit, region and due date (some 260,000 groups for a
         * province): enough to hash them without spilling to disk.
         */
        @WithDefault("64MB")
        String countWorkMem();
    }

    /** Plan views kept per version of the plan's figures. */
    interface ViewCache {

        /** How many views are kept at most (a plan has a handful: summary, dashboard page, roll-up, …); 0 keeps none. */
        @WithDefault("128")
        int entries();

        /** How many plan summaries are kept at most (small: a list of plans shows one per plan); 0 keeps none. */
        @WithDefault("4096")
        int summaries();
    }

    /** Replaying the topics into emptied tables. */
    interface Rebuild {

        /** The longest a rebuild may run; it is one transaction, so readers see the old figures until it commits. */
        @WithDefault("PT20M")
        Duration timeout();

        /** How long one poll of the replaying consumer waits for records. */
        @WithDefault("PT1S")
        Duration pollTimeout();
    }

    default ReportingPolicy policy() {
        return new ReportingPolicy(warningDays(), defaultCadence(), zone());
    }

    default LocalDate today() {
        return LocalDate.now(zone());
    }
}

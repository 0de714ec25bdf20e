package org.taizhang.reporting.compute;

import java.time.ZoneId;
import java.util.Objects;
import org.taizhang.events.plan.Cadence;

/**
 * The office's settings that judging progress depends on: how many days before a fixed due date a light turns
 * YELLOW, how often ongoing work reports when its deadline names no cadence, and the zone whose calendar decides
 * on which day an instant fell.
 */
public record ReportingPolicy(int warningDays, Cadence defaultCadence, ZoneId zone) {

    public static final ReportingPolicy DEFAULT = new ReportingPolicy(5, Cadence.QUARTERLY, ZoneId.of("Asia/Shanghai"));

    public ReportingPolicy {
        if (warningDays < 0) {
            throw new IllegalArgumentException("warningDays must not be negative: " + warningDays);
        }
        Objects.requireNonNull(defaultCadence, "defaultCadence");
        Objects.requireNonNull(zone, "zone");
    }
}

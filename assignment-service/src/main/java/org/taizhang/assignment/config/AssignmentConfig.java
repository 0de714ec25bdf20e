package org.taizhang.assignment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** How assignments are judged: the warning window of the YELLOW light and the zone whose date is "today". */
@ConfigMapping(prefix = "taizhang.assignments")
public interface AssignmentConfig {

    /** Days before a due date from which an open assignment shows YELLOW. */
    @WithDefault("5")
    int warningDays();

    @WithDefault("Asia/Shanghai")
    ZoneId zone();
}

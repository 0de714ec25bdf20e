package org.taizhang.plan.derive;

import org.taizhang.plan.entity.PlanLevel;

/** The government a plan is derived for: a county, district or town of the source plan's region. */
public record DerivationTarget(String regionCode, String regionName, PlanLevel level) {

    /** The level as given, else read from the code's length and the name (6 digits: county or district; 9: town). */
    public PlanLevel effectiveLevel() {
        if (level != null) {
            return level;
        }
        if (regionCode != null && regionCode.length() >= 9) {
            return PlanLevel.TOWN;
        }
        return regionName != null && regionName.endsWith("区") ? PlanLevel.DISTRICT : PlanLevel.COUNTY;
    }
}

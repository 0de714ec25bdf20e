package org.taizhang.assignment.directory;

import java.util.Set;
import org.taizhang.platform.region.RegionCodes;

/** The units a group phrase stands for: these kinds, at this level (any level when null), within the plan region. */
record GroupRule(Set<UnitKind> kinds, UnitLevel level) {

    GroupRule {
        kinds = Set.copyOf(kinds);
    }

    boolean selects(DirectoryUnit unit, String planRegion) {
        if (!kinds.contains(unit.kind()) || level != null && unit.effectiveLevel() != level) {
            return false;
        }
        // 市直各部门 in a county plan means the enclosing city's departments, not departments inside the county.
        String base = level == null
                ? planRegion
                : RegionLevels.truncate(planRegion, level).orElse(planRegion);
        return RegionCodes.contains(base, unit.regionCode());
    }
}

package org.taizhang.plan.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.plan.entity.PlanLevel;

/**
 * Which tasks of a plan reach a lower government, and what they become in its derived plan. A task reaches a county
 * when it names the county governments as a group (各县（市、区）政府, 县（市、区）人民政府（管委会）…) or the county
 * itself; in the county's plan that responsibility passes to the county's own departments (县直各单位, 区直各部门,
 * 镇属各单位), a group the county then replaces with named departments. The higher government's own departments are
 * not carried over: their work is not the county's.
 */
public final class TaskCoverage {

    private static final Pattern COUNTY_GROUP = Pattern.compile("^各?(县|区|市)?[（(]?(县|区|市)[、，,]?.*(政府|管委会).*$");
    private static final Pattern TOWN_GROUP = Pattern.compile("^各?.*(乡|镇|街道).*$");

    private TaskCoverage() {}

    public static boolean covers(List<UnitMention> units, DerivationTarget target) {
        return units.stream().anyMatch(unit -> reaches(unit, target));
    }

    /** The task's units as the target's plan starts them: the reaching mentions, handed to the target's departments. */
    public static List<UnitMention> localUnits(List<UnitMention> units, DerivationTarget target) {
        List<UnitMention> local = new ArrayList<>();
        for (UnitMention unit : units) {
            if (reaches(unit, target) && local.stream().noneMatch(u -> u.role() == unit.role())) {
                local.add(new UnitMention(unit.raw(), ownDepartments(target), unit.role(), true, false));
            }
        }
        return local;
    }

    static boolean reaches(UnitMention unit, DerivationTarget target) {
        String name = unit.name() == null ? "" : unit.name();
        if (!unit.group()) {
            return target.regionName() != null
                    && !target.regionName().isBlank()
                    && name.startsWith(target.regionName());
        }
        if (unit.ambiguous()) {
            return false;
        }
        return target.effectiveLevel() == PlanLevel.TOWN
                ? TOWN_GROUP.matcher(name).matches()
                : COUNTY_GROUP.matcher(name).matches() && !name.startsWith("市");
    }

    static String ownDepartments(DerivationTarget target) {
        return switch (target.effectiveLevel()) {
            case DISTRICT -> "区直各部门";
            case TOWN -> "镇属各单位";
            default -> "县直各单位";
        };
    }
}

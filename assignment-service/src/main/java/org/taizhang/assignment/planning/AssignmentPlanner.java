package org.taizhang.assignment.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.assignment.directory.DirectoryUnit;
import org.taizhang.assignment.directory.Expansion;
import org.taizhang.assignment.directory.GroupExpander;
import org.taizhang.assignment.directory.Resolution;
import org.taizhang.assignment.directory.UnitResolver;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;

/**
 * Turns a task's unit mentions into assignments against the directory: names resolved through aliases, groups expanded
 * by kind and level within the plan's region. A unit named twice keeps its strongest role (LEAD over RESPONSIBLE over
 * SUPPORTING). Nothing is guessed: ambiguous groups, ambiguous names and unknown names become pending mentions.
 */
public final class AssignmentPlanner {

    private final UnitResolver resolver;
    private final GroupExpander expander;

    public AssignmentPlanner(List<DirectoryUnit> directory) {
        this.resolver = new UnitResolver(directory);
        this.expander = new GroupExpander(directory);
    }

    public TaskAssignments plan(List<UnitMention> mentions, String planRegionCode) {
        Map<String, AssignmentTarget> targets = new LinkedHashMap<>();
        List<PendingMention> pending = new ArrayList<>();
        for (UnitMention mention : mentions == null ? List.<UnitMention>of() : mentions) {
            List<DirectoryUnit> units = mention.group()
                    ? expand(mention, planRegionCode, pending)
                    : resolve(mention, mention.name(), planRegionCode, pending);
            units.forEach(unit ->
                    targets.merge(unit.id(), new AssignmentTarget(unit, role(mention)), AssignmentPlanner::stronger));
        }
        return new TaskAssignments(List.copyOf(targets.values()), pending);
    }

    private List<DirectoryUnit> expand(UnitMention mention, String region, List<PendingMention> pending) {
        Expansion expansion = expander.expand(mention, region);
        if (expansion instanceof Expansion.Concrete concrete
                && !concrete.units().isEmpty()) {
            return concrete.units();
        }
        if (expansion instanceof Expansion.Ambiguous) {
            pending.add(new PendingMention(mention, PendingMention.Reason.AMBIGUOUS_GROUP, List.of()));
            return List.of();
        }
        if (expansion instanceof Expansion.UnknownGroup) {
            Resolution asName = resolver.resolve(mention.name(), region);
            if (asName instanceof Resolution.Found found) {
                return List.of(found.unit());
            }
        }
        pending.add(new PendingMention(mention, PendingMention.Reason.UNKNOWN_GROUP, List.of()));
        return List.of();
    }

    private List<DirectoryUnit> resolve(UnitMention mention, String name, String region, List<PendingMention> pending) {
        Resolution resolution = resolver.resolve(name, region);
        if (resolution instanceof Resolution.Found found) {
            return List.of(found.unit());
        }
        if (resolution instanceof Resolution.Ambiguous ambiguous) {
            pending.add(new PendingMention(mention, PendingMention.Reason.AMBIGUOUS_NAME, ambiguous.candidates()));
        } else {
            pending.add(new PendingMention(mention, PendingMention.Reason.UNKNOWN_UNIT, List.of()));
        }
        return List.of();
    }

    private static UnitRole role(UnitMention mention) {
        return mention.role() == null ? UnitRole.RESPONSIBLE : mention.role();
    }

    private static AssignmentTarget stronger(AssignmentTarget a, AssignmentTarget b) {
        return a.role().ordinal() <= b.role().ordinal() ? a : b;
    }
}

package org.taizhang.assignment.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.directory.DemoDirectory;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;

class AssignmentPlannerTest {

    private final AssignmentPlanner planner = new AssignmentPlanner(DemoDirectory.units());

    @Test
    void shouldAssignTheLeadAndExpandTheCountyGovernments() {
        TaskAssignments plan = planner.plan(
                List.of(unit("市发改委", UnitRole.LEAD), group("各县（市、区）政府", UnitRole.RESPONSIBLE)), DemoDirectory.CITY);

        assertThat(plan.targets())
                .extracting(t -> t.unit().id() + ":" + t.role())
                .containsExactly("city-drc:LEAD", "xz-gov:RESPONSIBLE", "lx-gov:RESPONSIBLE", "jx-gov:RESPONSIBLE");
        assertThat(plan.pending()).isEmpty();
    }

    @Test
    void shouldKeepTheStrongestRoleOfAUnitNamedTwice() {
        TaskAssignments plan = planner.plan(
                List.of(unit("市发改委", UnitRole.SUPPORTING), unit("市发展和改革委员会", UnitRole.LEAD)), DemoDirectory.CITY);

        assertThat(plan.targets())
                .singleElement()
                .satisfies(t -> assertThat(t.role()).isEqualTo(UnitRole.LEAD));
    }

    @Test
    void shouldLeaveAmbiguousGroupsAndUnknownNamesToTheOffice() {
        TaskAssignments plan = planner.plan(
                List.of(
                        new UnitMention("市有关单位", "市有关单位", UnitRole.RESPONSIBLE, true, true),
                        unit("市不存在局", UnitRole.RESPONSIBLE),
                        group("各开发园区", UnitRole.RESPONSIBLE)),
                DemoDirectory.CITY);

        assertThat(plan.targets()).isEmpty();
        assertThat(plan.pending())
                .extracting(PendingMention::reason)
                .containsExactly(
                        PendingMention.Reason.AMBIGUOUS_GROUP,
                        PendingMention.Reason.UNKNOWN_UNIT,
                        PendingMention.Reason.UNKNOWN_GROUP);
    }

    @Test
    void shouldTreatNoMentionsAsNothingToAssign() {
        assertThat(planner.plan(null, DemoDirectory.CITY).targets()).isEmpty();
        assertThat(planner.plan(List.of(), DemoDirectory.CITY).pending()).isEmpty();
    }

    private static UnitMention unit(String name, UnitRole role) {
        return new UnitMention(name, name, role, false, false);
    }

    private static UnitMention group(String name, UnitRole role) {
        return new UnitMention(name, name, role, true, false);
    }
}

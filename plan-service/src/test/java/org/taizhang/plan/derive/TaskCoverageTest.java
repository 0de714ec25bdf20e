package org.taizhang.plan.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.plan.entity.PlanLevel;

class TaskCoverageTest {

    private static final DerivationTarget LANGXI = new DerivationTarget("341821", "郎溪县", null);
    private static final DerivationTarget XUANZHOU = new DerivationTarget("341802", "宣州区", null);
    private static final DerivationTarget TOWN = new DerivationTarget("341821100", "建平镇", null);

    @Test
    void shouldReachACountyThroughTheCountyGovernmentsGroup() {
        for (String group : List.of("各县（市、区）政府", "县（市、区）政府", "各县（市、区）人民政府（管委会）", "各区县政府", "各县区人民政府")) {
            assertThat(TaskCoverage.covers(List.of(group(group, UnitRole.RESPONSIBLE)), LANGXI))
                    .as(group)
                    .isTrue();
        }
    }

    @Test
    void shouldNotReachACountyThroughTheCitysOwnDepartments() {
        List<UnitMention> cityOnly = List.of(
                unit("市发改委", UnitRole.LEAD),
                group("市政府各部门", UnitRole.RESPONSIBLE),
                group("市直各部门", UnitRole.RESPONSIBLE));

        assertThat(TaskCoverage.covers(cityOnly, LANGXI)).isFalse();
    }

    @Test
    void shouldNotReachThroughAnAmbiguousGroup() {
        UnitMention related = new UnitMention("县政府有关部门", "县政府有关部门", UnitRole.RESPONSIBLE, true, true);

        assertThat(TaskCoverage.covers(List.of(related), LANGXI)).isFalse();
    }

    @Test
    void shouldReachACountyNamedItself() {
        assertThat(TaskCoverage.covers(List.of(unit("郎溪县人民政府", UnitRole.RESPONSIBLE)), LANGXI))
                .isTrue();
        assertThat(TaskCoverage.covers(List.of(unit("泾县人民政府", UnitRole.RESPONSIBLE)), LANGXI))
                .isFalse();
    }

    @Test
    void shouldHandTheCountysShareToItsOwnDepartmentsKeepingTheRole() {
        List<UnitMention> units = List.of(unit("市发改委", UnitRole.LEAD), group("各县（市、区）政府", UnitRole.RESPONSIBLE));

        assertThat(TaskCoverage.localUnits(units, LANGXI))
                .containsExactly(new UnitMention("各县（市、区）政府", "县直各单位", UnitRole.RESPONSIBLE, true, false));
        assertThat(TaskCoverage.localUnits(units, XUANZHOU))
                .extracting(UnitMention::name)
                .containsExactly("区直各部门");
    }

    @Test
    void shouldReachATownThroughTheTownsGroup() {
        assertThat(TaskCoverage.covers(List.of(group("各镇（办）", UnitRole.RESPONSIBLE)), TOWN))
                .isTrue();
        assertThat(TaskCoverage.covers(List.of(group("各县（市、区）政府", UnitRole.RESPONSIBLE)), TOWN))
                .isFalse();
    }

    @Test
    void shouldReadTheLevelFromTheCodeAndName() {
        assertThat(LANGXI.effectiveLevel()).isEqualTo(PlanLevel.COUNTY);
        assertThat(XUANZHOU.effectiveLevel()).isEqualTo(PlanLevel.DISTRICT);
        assertThat(TOWN.effectiveLevel()).isEqualTo(PlanLevel.TOWN);
    }

    private static UnitMention unit(String name, UnitRole role) {
        return new UnitMention(name, name, role, false, false);
    }

    private static UnitMention group(String name, UnitRole role) {
        return new UnitMention(name, name, role, true, false);
    }
}

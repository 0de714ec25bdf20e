package org.taizhang.assignment.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssignmentListSqlTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void shouldCountACityOnItsCountyDigitsAloneSoThatNoRegionIndexIsIntersected() {
        AssignmentListSql sql = new AssignmentListSql(region("360100"), TODAY);

        assertThat(sql.count(10_001))
                .contains("left(a.region_code, 6) like :region")
                .contains("left(a.region_code, 6) between :countyFrom and :countyTo")
                .doesNotContain("a.region_code like");
        assertThat(sql.countParams())
                .containsEntry("region", "3601%")
                .containsEntry("countyFrom", "3601")
                .containsEntry("countyTo", "360199");
    }

    @Test
    void shouldWalkACityPageInItsOrderFilteredByTheRegionPrefix() {
        AssignmentListSql sql = new AssignmentListSql(region("360100"), TODAY);

        assertThat(sql.page(null, 0, 51))
                .contains("a.region_code like :region")
                .doesNotContain("left(a.region_code")
                .endsWith("limit 51 offset 0");
        assertThat(sql.pageParams(null)).containsEntry("region", "3601%").doesNotContainKey("countyFrom");
    }

    @Test
    void shouldNarrowACountyAndATownByTheCountyDigitsInPageAndCountAlike() {
        AssignmentListSql county = new AssignmentListSql(region("360101"), TODAY);
        AssignmentListSql town = new AssignmentListSql(region("360101001"), TODAY);

        assertThat(county.count(10_001))
                .contains("left(a.region_code, 6) = :county")
                .doesNotContain("like");
        assertThat(county.page(null, 0, 51))
                .contains("left(a.region_code, 6) = :county")
                .doesNotContain("like");
        assertThat(town.count(10_001)).contains("left(a.region_code, 6) = :county", "a.region_code like :region");
        assertThat(town.page(null, 0, 51)).contains("left(a.region_code, 6) = :county", "a.region_code like :region");
        assertThat(town.pageParams(null)).containsEntry("county", "360101").containsEntry("region", "360101001%");
    }

    @Test
    void shouldReadACityOrOfficeOverdueListOnlyFromPlansWithOverdueWork() {
        for (String code : new String[] {null, "360100"}) {
            AssignmentListSql sql = new AssignmentListSql(overdue(code, null), TODAY);

            assertThat(sql.page(null, 0, 51))
                    .as(code)
                    .startsWith("with recursive walk(plan_id)")
                    .contains("o.due_date < :today", "a.plan_id = w.plan_id", "limit 51) x")
                    .doesNotContain(":afterPlan")
                    .endsWith("limit 51 offset 0");
        }
    }

    @Test
    void shouldStartTheOverdueWalkAtTheCursorsPlan() {
        AssignmentListSql sql = new AssignmentListSql(overdue(null, null), TODAY);
        AssignmentCursor after =
                new AssignmentCursor(AssignmentOrder.PLAN, null, "p-2", "1", "甲", java.util.UUID.randomUUID());

        assertThat(sql.page(after, 0, 51)).contains("o.plan_id >= :afterPlan", ") > (:afterPlan,");
    }

    @Test
    void shouldKeepTheIndexWalkForOverdueListsOfACountyAPlanOrInDueOrder() {
        AssignmentQuery county = overdue("360101", null);
        AssignmentQuery plan = overdue(null, "p-1");
        AssignmentQuery due = new AssignmentQuery(null, null, null, null, null, true, 0, 50, AssignmentOrder.DUE, null);

        for (AssignmentQuery query : new AssignmentQuery[] {county, plan, due}) {
            assertThat(new AssignmentListSql(query, TODAY).page(null, 0, 51))
                    .startsWith("select a.* from assignment a");
        }
    }

    private static AssignmentQuery overdue(String region, String plan) {
        return new AssignmentQuery(plan, null, null, region, null, true, 0, 50, null, null);
    }

    private static AssignmentQuery region(String code) {
        return new AssignmentQuery(null, null, null, code, null, null, 0, 50, null, null);
    }
}

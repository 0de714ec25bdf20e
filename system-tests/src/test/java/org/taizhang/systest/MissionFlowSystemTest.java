package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.systest.Stack.as;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The mission from import to annual report: plan, assign, report, watch, cascade (reminders: ReminderWebhookSystemTest). */
class MissionFlowSystemTest {

    /** The demo directory's county-level governments, what 各县（市、区）政府 expands into in 宣城市. */
    private static final Set<String> COUNTIES = Set.of("341802-gov", "341821-gov", "341823-gov");

    @Test
    void aPublishedPlanIsAssignedReportedRemindedAndRolledUpFromItsCountyPlan() {
        String run = Stack.runId();
        // 1. The office imports the document and publishes it.
        String plan = Plans.importDocument("mission-plan.txt", "系统测试任务分工" + run);
        Plans.publish(plan);

        // 2. Every named unit gets its assignments, the county group expanded through the directory.
        var assignments = Plans.awaitAssignments("assignments of the published plan", plan, 6);
        assertThat(units(assignments, "1")).as("task 1: 市发改委 LEAD + 各县（市、区）政府").isEqualTo(union("341800-fgw"));
        assertThat(units(assignments, "2"))
                .as("task 2: 市财政局 LEAD + 市发改委")
                .containsExactlyInAnyOrder("341800-czj", "341800-fgw");
        assertThat(assignments).as("assignments of the plan").hasSize(6);

        // 3. County X's system pushes a batch naming the assignment its own way; a resend counts nothing twice.
        var batch = Map.of(
                "reports",
                List.of(Map.of(
                        "reportId", "lx-" + run,
                        "planId", plan,
                        "taskNumber", "1",
                        "unitName", "郎溪县人民政府",
                        "status", "IN_PROGRESS",
                        "summary", "按计划推进")));
        var first = Progress.batch(Tokens.COUNTY_X, batch);
        assertThat(first.getLong("accepted")).as("county batch: accepted").isEqualTo(1);
        var again = Progress.batch(Tokens.COUNTY_X, batch);
        assertThat(again.getLong("duplicates"))
                .as("county batch resent: duplicates")
                .isEqualTo(1);
        assertThat(again.getLong("accepted"))
                .as("county batch resent: accepted")
                .isZero();

        // 4. Unit A and unit B complete task 2 with evidence; task 2 is then complete.
        String fgwTask2 = (String) Plans.find(assignments, "2", "341800-fgw").get("id");
        String czjTask2 = (String) Plans.find(assignments, "2", "341800-czj").get("id");
        Progress.complete(Tokens.UNIT_A, fgwTask2, "fgw-" + run);
        Progress.complete(Tokens.UNIT_B, czjTask2, "czj-" + run);
        as(Tokens.UNIT_A, Stack.ASSIGNMENT)
                .get("/api/assignments/" + fgwTask2)
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("COMPLETED"));

        // 5. The read model, the annual report and the dashboard show the statuses.
        var summary = Await.until(
                "reporting summary after the reports",
                Duration.ofSeconds(60),
                () -> Plans.summary(plan),
                s -> s.getInt("assignmentsByStatus.COMPLETED") == 2
                        && s.getInt("assignmentsByStatus.IN_PROGRESS") == 1);
        assertThat(summary.getInt("tasks.completed"))
                .as("summary: tasks completed")
                .isEqualTo(1);
        assertThat(summary.getInt("assignments.total"))
                .as("summary: assignments")
                .isEqualTo(6);
        Reports.assertAnnualAndDashboard(plan, "系统测试任务分工" + run);

        // 6. 郎溪县 derives its plan, its units complete it, and the city's rollup counts the county done.
        String county = Plans.derive(plan, "341821", "郎溪县");
        Plans.publish(county);
        var countyAssignments = Await.until(
                "assignments of the county plan",
                Duration.ofSeconds(90),
                () -> Plans.assignments(county),
                a -> !a.isEmpty());
        Progress.completeAllByBatch(Tokens.COUNTY_X, countyAssignments, run);
        Reports.awaitCountyRolledUp(plan, county, "341821", countyAssignments.size());
    }

    private static Set<String> units(List<Map<String, Object>> assignments, String taskNumber) {
        return assignments.stream()
                .filter(a -> taskNumber.equals(a.get("taskNumber")))
                .map(a -> (String) a.get("unitId"))
                .collect(Collectors.toSet());
    }

    private static Set<String> union(String unit) {
        var all = new java.util.HashSet<>(COUNTIES);
        all.add(unit);
        return all;
    }
}

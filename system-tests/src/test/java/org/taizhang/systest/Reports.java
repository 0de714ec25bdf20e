package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.systest.Stack.as;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;

/** What reporting-service shows: the annual report's table, the dashboard and the county rollup. */
public final class Reports {

    private Reports() {}

    /** The annual report (anonymous, it is public) has task 2 COMPLETED and task 1 UNFINISHED; the dashboard agrees. */
    public static void assertAnnualAndDashboard(String planId, String title) {
        JsonPath annual = as(null, Stack.REPORTING)
                .get("/api/reports/plans/" + planId + "/annual")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> outcomes = annual.getList("sections.rows.flatten().outcome");
        assertThat(outcomes).as("annual report: outcomes of tasks 1 and 2").containsExactly("UNFINISHED", "COMPLETED");
        assertThat(annual.getString("summary")).as("annual report: summary").contains("已完成1项");

        String dashboard = as(null, Stack.REPORTING)
                .get("/dashboard/plans/" + planId)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(dashboard).as("dashboard of the plan").contains(title).contains("公开预算信息");
    }

    /** Waits until the city's rollup counts the county plan's task completed. */
    public static void awaitCountyRolledUp(String cityPlan, String countyPlan, String region, int assignments) {
        JsonPath rollup = Await.until(
                "city rollup of county " + region,
                Duration.ofSeconds(60),
                () -> as(Tokens.OFFICE, Stack.REPORTING)
                        .get("/api/reports/plans/" + cityPlan + "/rollup")
                        .then()
                        .extract()
                        .jsonPath(),
                r -> Integer.valueOf(1)
                        .equals(r.get("counties.find { it.regionCode == '" + region + "' }.tasks.completed")));
        assertThat(rollup.getString("counties.find { it.regionCode == '" + region + "' }.planId"))
                .as("rollup: county plan")
                .isEqualTo(countyPlan);
        assertThat(rollup.getInt("counties.find { it.regionCode == '" + region + "' }.assignments.completed"))
                .as("rollup: county assignments completed")
                .isEqualTo(assignments);
        assertThat(rollup.getInt("tasks[0].countiesCompleted"))
                .as("rollup: task 1 counties completed")
                .isEqualTo(1);
    }
}

package org.taizhang.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.reporting.PlanScenario.Unit;
import org.taizhang.testsupport.TestTokens;

/** Plan-level reports: summary with lights, a task with its units' reports, the county roll-up, the plan list. */
@QuarkusTest
class PlanReportTest {

    private static final String CITY = "329800";
    private static final String EVIDENCE = "https://www.yi.gov.cn/zwgk/2026/t1.html";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private EventFeed feed;
    private PlanScenario city;
    private String open;
    private String late;
    private String soon;
    private Unit fgw;
    private Unit county1;
    private Unit county2;

    /** A city plan of three tasks (one complete, one overdue, one due in two days) and two counties' plans. */
    @BeforeEach
    void plans() {
        feed = new EventFeed(bootstrapServers);
        String s = UUID.randomUUID().toString().substring(0, 8);
        fgw = Unit.lead("u-3298-fgw-" + s, "乙市发展和改革委员会", CITY);
        county1 = Unit.responsible("u-329801-gov-" + s, "乙一县人民政府", "329801");
        county2 = Unit.responsible("u-329802-gov-" + s, "乙二县人民政府", "329802");
        Unit sjj = Unit.lead("u-3298-sjj-" + s, "乙市数据资源局", CITY);
        Unit helper = Unit.supporting("u-3298-xcb-" + s, "乙市委宣传部", CITY);
        city = new PlanScenario("乙市计划", PlanScenario.today().getYear(), CITY, "乙市", null);
        open = city.task(
                "1", "一、公开", PlanScenario.fixed(PlanScenario.today().plusDays(60)), null, fgw, county1, county2);
        late = city.task("2", "一、公开", PlanScenario.fixed(PlanScenario.today().minusDays(10)), null, fgw);
        soon = city.task("3", "二、解读", PlanScenario.fixed(PlanScenario.today().plusDays(2)), null, sjj, helper);
        feed.send(city.published());
        feed.send(city.created().toArray(new DomainEvent[0]));
        for (Unit unit : List.of(fgw, county1, county2)) {
            feed.send(city.status(
                    city.assignmentId(open, unit),
                    AssignmentStatus.NOT_STARTED,
                    AssignmentStatus.COMPLETED,
                    Instant.now()));
        }
        feed.send(city.status(
                city.assignmentId(late, fgw),
                AssignmentStatus.NOT_STARTED,
                AssignmentStatus.IN_PROGRESS,
                Instant.now()));
        feed.send(city.report(city.assignmentId(open, county1), AssignmentStatus.COMPLETED, "已设立专栏", EVIDENCE));
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        Api.counted(city.planId, 5) && Api.summary(city.planId).getInt("assignments.completed") == 3);
    }

    @Test
    void shouldSummarizeThePlanWithLightsPerSection() {
        JsonPath summary = Api.summary(city.planId);

        assertThat(summary.getString("title")).isEqualTo("乙市计划");
        assertThat(summary.getMap("tasks"))
                .containsEntry("total", 3)
                .containsEntry("completed", 1)
                .containsEntry("overdue", 1);
        assertThat(summary.getMap("assignments"))
                .containsEntry("total", 5)
                .containsEntry("completed", 3)
                .containsEntry("overdue", 1);
        assertThat(summary.getMap("taskLights"))
                .containsEntry("GREEN", 1)
                .containsEntry("YELLOW", 1)
                .containsEntry("RED", 1);
        assertThat(summary.getMap("tasksByOutcome"))
                .containsEntry("COMPLETED", 1)
                .containsEntry("UNFINISHED", 1)
                .containsEntry("IN_PROGRESS", 1);
        assertThat(summary.getList("sections.title", String.class)).containsExactly("一、公开", "二、解读");
        assertThat(summary.getList("sections.light", String.class)).containsExactly("RED", "YELLOW");
        assertThat(summary.getInt("sections[0].tasks.completed")).isEqualTo(1);
    }

    @Test
    void shouldShowEachUnitOfATaskWithItsLatestReportAndEvidence() {
        JsonPath task = Api.office("/api/reports/plans/{id}/tasks/{task}", city.planId, open);

        assertThat(task.getBoolean("complete")).isTrue();
        assertThat(task.getString("light")).isEqualTo("GREEN");
        assertThat(task.getList("units.role", String.class)).containsExactly("LEAD", "RESPONSIBLE", "RESPONSIBLE");
        String reporting = "units.find { it.unitId == '%s' }".formatted(county1.id());
        assertThat(task.getString(reporting + ".latestReport.summary")).isEqualTo("已设立专栏");
        assertThat(task.getList(reporting + ".latestReport.evidenceUrls", String.class))
                .containsExactly(EVIDENCE);
        assertThat(task.getString("units.find { it.unitId == '%s' }.latestReport".formatted(county2.id())))
                .isNull();

        JsonPath overdue = Api.office("/api/reports/plans/{id}/tasks/{task}", city.planId, late);
        assertThat(overdue.getString("outcome")).isEqualTo("UNFINISHED");
        assertThat(overdue.getBoolean("units[0].overdue")).isTrue();
        assertThat(overdue.getString("units[0].light")).isEqualTo("RED");
        Api.get(TestTokens.office(), "/api/reports/plans/{id}/tasks/{task}", city.planId, "no-such-task")
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRollTheCityPlanUpAcrossItsCounties() {
        Unit office1 = Unit.lead("u-329801-zwgk-" + UUID.randomUUID(), "乙一县政务公开办", "329801");
        Unit office2 = Unit.lead("u-329802-zwgk-" + UUID.randomUUID(), "乙二县政务公开办", "329802");
        PlanScenario first = new PlanScenario("乙一县计划", city.year, "329801", "乙一县", city.planId);
        String derived1 =
                first.task("1", "一、公开", PlanScenario.fixed(PlanScenario.today().plusDays(30)), open, office1);
        PlanScenario second = new PlanScenario("乙二县计划", city.year, "329802", "乙二县", city.planId);
        second.task("1", "一、公开", PlanScenario.fixed(PlanScenario.today().minusDays(3)), open, office2);
        feed.send(first.published(), second.published());
        feed.send(first.created().get(0), second.created().get(0));
        feed.send(first.status(
                first.assignmentId(derived1, office1),
                AssignmentStatus.NOT_STARTED,
                AssignmentStatus.COMPLETED,
                Instant.now()));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.counted(first.planId, 1)
                        && Api.counted(second.planId, 1)
                        && Api.summary(first.planId).getInt("tasks.completed") == 1);
        JsonPath rollup = Api.office("/api/reports/plans/{id}/rollup", city.planId);

        assertThat(rollup.getList("counties.regionName", String.class)).contains("乙一县", "乙二县");
        assertThat(rollup.getString("counties.find { it.regionCode == '329801' }.light"))
                .isEqualTo("GREEN");
        assertThat(rollup.getString("counties.find { it.regionCode == '329802' }.light"))
                .isEqualTo("RED");
        assertThat(rollup.getInt("tasks.find { it.taskId == '%s' }.countiesCompleted".formatted(open)))
                .isEqualTo(1);
        assertThat(rollup.getInt("cityTasks.total")).isEqualTo(3);
    }

    @Test
    void shouldShowACountyReportInACityRollupAlreadyViewedBeforeIt() {
        Unit office3 = Unit.lead("u-329803-zwgk-" + UUID.randomUUID(), "乙三县政务公开办", "329803");
        PlanScenario third = new PlanScenario("乙三县计划", city.year, "329803", "乙三县", city.planId);
        String derived =
                third.task("1", "一、公开", PlanScenario.fixed(PlanScenario.today().plusDays(30)), open, office3);
        feed.send(third.published());
        feed.send(third.created().get(0));
        await().atMost(Duration.ofSeconds(20)).until(() -> Api.counted(third.planId, 1));
        String completedInThird = "counties.find { it.regionCode == '329803' }.tasks.completed";
        assertThat(Api.office("/api/reports/plans/{id}/rollup", city.planId).getInt(completedInThird))
                .isZero();

        feed.send(third.status(
                third.assignmentId(derived, office3),
                AssignmentStatus.NOT_STARTED,
                AssignmentStatus.COMPLETED,
                Instant.now()));

        // The city plan's view was computed before the county's report: the report moves the city plan's version.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.office("/api/reports/plans/{id}/rollup", city.planId)
                                .getInt(completedInThird)
                        == 1);
    }

    @Test
    void shouldListPublishedPlansByYearAndRegion() {
        Api.get(TestTokens.auditor(), "/api/reports/plans?year={y}&regionCode=329800&size=200", city.year)
                .statusCode(200)
                .body("items.planId", hasItem(city.planId))
                .body("items.find { it.planId == '%s' }.light".formatted(city.planId), equalTo("RED"))
                .body("items.find { it.planId == '%s' }.tasks.total".formatted(city.planId), equalTo(3));
        Api.get(TestTokens.office(), "/api/reports/plans?regionCode=339900")
                .statusCode(200)
                .body("total", equalTo(0));
        Api.get(TestTokens.office(), "/api/reports/plans?year=twenty")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        Api.get(TestTokens.office(), "/api/reports/plans/{id}/summary", "plan-" + UUID.randomUUID())
                .statusCode(404)
                .contentType("application/problem+json");
    }
}

package org.taizhang.reporting;

import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.TaskWithdrawn;
import org.taizhang.reporting.PlanScenario.Unit;
import org.taizhang.testsupport.TestTokens;

/**
 * 戊市's plan for the overdue list: nine overdue assignments over three due dates, in the city (two units), its county
 * 327501, a town of it, and a unit whose region code is no code (seven digits); beside them work that is not overdue
 * (completed, due later, ongoing, of a withdrawn task).
 */
final class OverdueScenario {

    static final String CITY = "327500";
    static final String COUNTY = "327501";
    static final String TOWN = "327501001";
    static final int OVERDUE = 9;

    final PlanScenario plan = new PlanScenario("戊市计划", PlanScenario.today().getYear(), CITY, "戊市", null);
    final Unit cityA;
    final Unit cityB;
    final Unit county;
    final Unit town;
    final Unit noCode;
    /** The one overdue assignment with a report (city A's of task 2). */
    final String reported;

    OverdueScenario(String bootstrapServers) {
        String s = UUID.randomUUID().toString().substring(0, 8);
        cityA = Unit.lead("u-3275-a-" + s, "戊市发展和改革委员会", CITY);
        cityB = Unit.responsible("u-3275-b-" + s, "戊市财政局", CITY);
        county = Unit.responsible("u-327501-gov-" + s, "戊一县人民政府", COUNTY);
        town = Unit.responsible("u-327501001-" + s, "戊一县甲镇人民政府", TOWN);
        noCode = Unit.responsible("u-3275010-" + s, "戊一县某单位", "3275010");
        LocalDate today = PlanScenario.today();
        plan.task("1", "一、公开", PlanScenario.fixed(today.minusDays(20)), null, cityA, cityB, county);
        reported = plan.assignmentId(
                plan.task("2", "一、公开", PlanScenario.fixed(today.minusDays(10)), null, cityA, county, noCode, town),
                cityA);
        String done = plan.task("3", "一、公开", PlanScenario.fixed(today.minusDays(8)), null, cityB);
        plan.task("4", "二、解读", PlanScenario.fixed(today.plusDays(5)), null, cityA);
        plan.task("5", "二、解读", PlanScenario.ongoing(), null, county);
        plan.task("6", "二、解读", PlanScenario.fixed(today.minusDays(3)), null, cityA, town);
        String withdrawn = plan.task("7", "二、解读", PlanScenario.fixed(today.minusDays(15)), null, cityA);
        EventFeed feed = new EventFeed(bootstrapServers);
        feed.send(plan.published());
        feed.send(plan.created().toArray(new DomainEvent[0]));
        // the list only grows while the assignments arrive: 11 means every one is in, 9 that both changes below are
        await().atMost(Duration.ofSeconds(20)).until(() -> total() == OVERDUE + 2);
        feed.send(plan.status(
                plan.assignmentId(done, cityB),
                AssignmentStatus.NOT_STARTED,
                AssignmentStatus.COMPLETED,
                Instant.now()));
        feed.send(new TaskWithdrawn(plan.planId, withdrawn, "合并", "office", Instant.now()));
        feed.send(plan.report(reported, AssignmentStatus.IN_PROGRESS, "推进中", "https://wu.gov.example/2"));
        await().atMost(Duration.ofSeconds(20)).until(() -> total() == OVERDUE && reportShown());
    }

    /** Every item of the list, page by page through next, checking each page's figures on the way. */
    static List<JsonPath> pages(String token, String query) {
        List<JsonPath> pages = new ArrayList<>();
        String after = null;
        do {
            String path = "/api/reports/overdue?" + query + (after == null ? "" : "&after=" + after);
            JsonPath page = Api.get(token, path).statusCode(200).extract().jsonPath();
            pages.add(page);
            after = page.getString("next");
        } while (after != null && pages.size() < 50);
        return pages;
    }

    private boolean reportShown() {
        return Api.office("/api/reports/overdue?planId={id}&size=500", plan.planId)
                .getList("items.findAll { it.lastReportAt != null }.assignmentId", String.class)
                .contains(reported);
    }

    /** The plan's overdue total, -1 while the plan is not known yet. */
    private int total() {
        var answer = Api.get(TestTokens.office(), "/api/reports/overdue?planId={id}&size=1", plan.planId)
                .extract();
        return answer.statusCode() == 200 ? answer.jsonPath().getInt("total") : -1;
    }
}

package org.taizhang.reporting;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.reporting.PlanScenario.Unit;

/** A city plan with two sections, two counties' derived plans and a report with evidence, for the dashboard pages. */
final class DashboardScenario {

    static final String EVIDENCE = "https://www.example.gov.cn/zwgk/2026/t42.html";

    final PlanScenario city;
    final String reportedTask;
    final Unit fgw;

    DashboardScenario(String bootstrapServers, String cityCode, String cityName) {
        EventFeed feed = new EventFeed(bootstrapServers);
        String s = UUID.randomUUID().toString().substring(0, 8);
        String county1 = cityCode.substring(0, 4) + "01";
        String county2 = cityCode.substring(0, 4) + "02";
        fgw = Unit.lead("u-" + cityCode + "-fgw-" + s, cityName + "发展和改革委员会", cityCode);
        Unit sjj = Unit.lead("u-" + cityCode + "-sjj-" + s, cityName + "数据资源局", cityCode);
        Unit gov1 = Unit.responsible("u-" + county1 + "-gov-" + s, cityName + "东县人民政府", county1);
        Unit gov2 = Unit.responsible("u-" + county2 + "-gov-" + s, cityName + "西县人民政府", county2);
        city = new PlanScenario(
                cityName + "2026年政务公开重点工作任务分工", PlanScenario.today().getYear(), cityCode, cityName, null);
        reportedTask = city.task(
                "1", "一、深化重点领域信息公开", PlanScenario.fixed(PlanScenario.today().plusDays(40)), null, fgw, gov1, gov2);
        String late = city.task(
                "2", "一、深化重点领域信息公开", PlanScenario.fixed(PlanScenario.today().minusDays(8)), null, sjj);
        city.task("3", "二、加强政策解读", PlanScenario.ongoing(), null, sjj, gov1);
        PlanScenario east = new PlanScenario(cityName + "东县计划", city.year, county1, cityName + "东县", city.planId);
        Unit eastOffice = Unit.lead("u-" + county1 + "-zwgk-" + s, cityName + "东县政务公开办", county1);
        String eastTask = east.task(
                "1", "一、深化重点领域信息公开", PlanScenario.fixed(PlanScenario.today().plusDays(20)), reportedTask, eastOffice);
        PlanScenario west = new PlanScenario(cityName + "西县计划", city.year, county2, cityName + "西县", city.planId);
        Unit westOffice = Unit.lead("u-" + county2 + "-zwgk-" + s, cityName + "西县政务公开办", county2);
        west.task("1", "一、深化重点领域信息公开", PlanScenario.fixed(PlanScenario.today().minusDays(1)), late, westOffice);

        feed.send(city.published(), east.published(), west.published());
        feed.send(city.created().toArray(new DomainEvent[0]));
        feed.send(east.created().get(0), west.created().get(0));
        feed.send(city.status(
                city.assignmentId(reportedTask, fgw),
                AssignmentStatus.NOT_STARTED,
                AssignmentStatus.COMPLETED,
                Instant.now().minusSeconds(86_400 * 3)));
        feed.send(
                city.report(city.assignmentId(reportedTask, fgw), AssignmentStatus.COMPLETED, "已在门户网站设立专栏", EVIDENCE));
        feed.send(east.status(
                east.assignmentId(eastTask, eastOffice),
                AssignmentStatus.NOT_STARTED,
                AssignmentStatus.COMPLETED,
                Instant.now()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.counted(city.planId, 6)
                        && Api.counted(east.planId, 1)
                        && Api.counted(west.planId, 1)
                        && Api.summary(east.planId).getInt("tasks.completed") == 1
                        && Api.office("/api/reports/plans/{id}/tasks/{t}", city.planId, reportedTask)
                                        .getString("units[0].latestReport.summary")
                                != null);
    }
}

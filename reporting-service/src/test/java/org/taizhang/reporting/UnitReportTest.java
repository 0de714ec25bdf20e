package org.taizhang.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.reporting.PlanScenario.Unit;
import org.taizhang.testsupport.TestTokens;

/** Unit-level reports: a unit's year like its ledger, and the overdue list with its filters. */
@QuarkusTest
class UnitReportTest {

    private static final String CITY = "329700";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private PlanScenario plan;
    private Unit fgw;
    private Unit county;
    private Unit press;
    private String done;
    private String late;
    private String later;

    /** 丙市: 发改委 leads a finished task and one 10 days late; a county is 4 days late on another; 宣传部 supports. */
    @BeforeEach
    void plan() {
        EventFeed feed = new EventFeed(bootstrapServers);
        String s = UUID.randomUUID().toString().substring(0, 8);
        fgw = Unit.lead("u-3297-fgw-" + s, "丙市发展和改革委员会", CITY);
        county = Unit.responsible("u-329701-gov-" + s, "丙一县人民政府", "329701");
        press = Unit.supporting("u-3297-xcb-" + s, "丙市委宣传部", CITY);
        plan = new PlanScenario("丙市计划", PlanScenario.today().getYear(), CITY, "丙市", null);
        done = plan.task("1", "一、公开", PlanScenario.fixed(PlanScenario.today().plusDays(40)), null, fgw);
        late = plan.task("2", "一、公开", PlanScenario.fixed(PlanScenario.today().minusDays(10)), null, fgw, press);
        later = plan.task("3", "二、解读", PlanScenario.fixed(PlanScenario.today().minusDays(4)), null, county);
        feed.send(plan.published());
        feed.send(plan.created().toArray(new DomainEvent[0]));
        feed.send(plan.status(
                plan.assignmentId(done, fgw), AssignmentStatus.NOT_STARTED, AssignmentStatus.COMPLETED, Instant.now()));
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        Api.counted(plan.planId, 3) && Api.summary(plan.planId).getInt("assignments.completed") == 1);
    }

    @Test
    void shouldSummarizeAUnitsYearWithOneRowPerAssignment() {
        JsonPath unit = Api.office("/api/reports/units/{id}/summary?year={y}", fgw.id(), plan.year);

        assertThat(unit.getString("unitName")).isEqualTo("丙市发展和改革委员会");
        assertThat(unit.getString("regionCode")).isEqualTo(CITY);
        assertThat(unit.getMap("summary.assignments"))
                .containsEntry("total", 2)
                .containsEntry("completed", 1)
                .containsEntry("overdue", 1);
        assertThat(unit.getString("summary.light")).isEqualTo("RED");
        assertThat(unit.getList("rows.taskNumber", String.class)).containsExactly("1", "2");
        assertThat(unit.getList("rows.light", String.class)).containsExactly("GREEN", "RED");
        assertThat(unit.getList("rows.planTitle", String.class)).containsOnly("丙市计划");

        JsonPath supporting = Api.office("/api/reports/units/{id}/summary?year={y}", press.id(), plan.year);
        assertThat(supporting.getInt("summary.supporting")).isEqualTo(1);
        assertThat(supporting.getInt("summary.assignments.total")).isZero();
    }

    @Test
    void shouldAnswerAnUnknownUnitOrBadYearAsProblems() {
        Api.get(TestTokens.office(), "/api/reports/units/{id}/summary", "u-nobody-" + UUID.randomUUID())
                .statusCode(404)
                .contentType("application/problem+json");
        Api.get(TestTokens.office(), "/api/reports/units/{id}/summary?year=1999", fgw.id())
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        Api.get(TestTokens.office(), "/api/reports/overdue?regionCode=abc")
                .statusCode(400)
                .body("errors[0].field", equalTo("regionCode"));
    }

    @Test
    void shouldListOverdueAssignmentsLongestFirstAndFilterThem() {
        JsonPath ofPlan = Api.office("/api/reports/overdue?planId={id}", plan.planId);

        assertThat(ofPlan.getList("items.taskId", String.class)).containsExactly(late, late, later);
        assertThat(ofPlan.getList("items.daysOverdue", Integer.class)).containsExactly(10, 10, 4);
        // the two of one due date by assignment id
        assertThat(ofPlan.getList("items.role", String.class).subList(0, 2))
                .containsExactlyInAnyOrder("LEAD", "SUPPORTING");
        assertThat(ofPlan.getString("items[2].role")).isEqualTo("RESPONSIBLE");
        assertThat(ofPlan.getInt("count")).isEqualTo(3);
        assertThat(ofPlan.getLong("total")).isEqualTo(3);
        assertThat(ofPlan.getBoolean("totalExact")).isTrue();
        assertThat(ofPlan.getString("next")).isNull();

        JsonPath ofUnit = Api.office("/api/reports/overdue?year={y}&unitId={u}", plan.year, county.id());
        assertThat(ofUnit.getList("items.assignmentId", String.class))
                .containsExactly(plan.assignmentId(later, county));
        JsonPath ofRegion = Api.office("/api/reports/overdue?planId={id}&regionCode=329701", plan.planId);
        assertThat(ofRegion.getList("items.unitId", String.class)).containsExactly(county.id());
        JsonPath otherYear = Api.office("/api/reports/overdue?year={y}&unitId={u}", plan.year - 1, county.id());
        assertThat(otherYear.getInt("count")).isZero();
    }
}

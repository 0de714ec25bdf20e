package org.taizhang.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/** The overdue list a page at a time: every item once, in order, with the list's total, at any region's scope. */
@QuarkusTest
class OverduePagingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    private OverdueScenario scenario;

    @BeforeEach
    void plan() {
        scenario = new OverdueScenario(bootstrapServers);
    }

    @Test
    void shouldWalkEveryOverdueAssignmentOnceLongestOverdueFirst() {
        String query = "planId=" + scenario.plan.planId;
        List<String> whole =
                Api.office("/api/reports/overdue?" + query + "&size=500").getList("items.assignmentId", String.class);

        List<JsonPath> pages = OverdueScenario.pages(TestTokens.office(), query + "&size=2");

        assertThat(pages).hasSize(5);
        assertThat(pages).extracting(p -> p.getInt("count")).containsExactly(2, 2, 2, 2, 1);
        assertThat(pages).allSatisfy(p -> {
            assertThat(p.getLong("total")).isEqualTo(OverdueScenario.OVERDUE);
            assertThat(p.getBoolean("totalExact")).isTrue();
        });
        assertThat(pages.get(4).getString("next")).isNull();
        List<String> walked = pages.stream()
                .flatMap(p -> p.getList("items.assignmentId", String.class).stream())
                .toList();
        assertThat(walked)
                .hasSize(OverdueScenario.OVERDUE)
                .doesNotHaveDuplicates()
                .isEqualTo(whole);
        List<LocalDate> due = pages.stream()
                .flatMap(p -> p.getList("items.dueDate", String.class).stream())
                .map(LocalDate::parse)
                .toList();
        assertThat(due).isSorted();
        assertThat(pages.get(0).getList("items.daysOverdue", Integer.class)).containsOnly(20);
        JsonPath reported = Api.office("/api/reports/overdue?" + query + "&unitId=" + scenario.cityA.id());
        assertThat(reported.getString(
                        "items.find { it.assignmentId == '%s' }.lastReportAt".formatted(scenario.reported)))
                .isNotNull()
                .endsWith("Z");
    }

    @Test
    void shouldNarrowToARegionExactlyInTheDatabase() {
        String plan = "planId=" + scenario.plan.planId;

        assertThat(units(plan + "&regionCode=" + OverdueScenario.COUNTY))
                .containsOnly(scenario.county.id(), scenario.town.id())
                .hasSize(4);
        assertThat(units(plan + "&regionCode=" + OverdueScenario.TOWN + "000"))
                .containsExactly(scenario.town.id(), scenario.town.id());
        assertThat(units(plan + "&regionCode=" + OverdueScenario.CITY))
                .hasSize(OverdueScenario.OVERDUE - 1)
                .doesNotContain(scenario.noCode.id());
        assertThat(units(plan + "&unitId=" + scenario.cityA.id())).hasSize(3);
    }

    @Test
    void shouldCapTheTotalOfALongListAndStillHandOnTheNextPage() {
        String planId = "plan-cap-" + UUID.randomUUID();
        insertOverdue(planId, 10_001);
        try {
            JsonPath first = Api.office("/api/reports/overdue?planId={id}&size=3", planId);
            JsonPath second =
                    Api.office("/api/reports/overdue?planId={id}&size=3&after={a}", planId, first.getString("next"));

            assertThat(first.getLong("total")).isEqualTo(10_000);
            assertThat(first.getBoolean("totalExact")).isFalse();
            assertThat(second.getList("items.assignmentId", String.class))
                    .doesNotContainAnyElementsOf(first.getList("items.assignmentId", String.class))
                    .hasSize(3);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager
                        .createNativeQuery("delete from assignment where plan_id = ?1")
                        .setParameter(1, planId)
                        .executeUpdate();
                entityManager
                        .createNativeQuery("delete from task where plan_id = ?1")
                        .setParameter(1, planId)
                        .executeUpdate();
                entityManager
                        .createNativeQuery("delete from plan where plan_id = ?1")
                        .setParameter(1, planId)
                        .executeUpdate();
            });
        }
    }

    private static List<String> units(String query) {
        return OverdueScenario.pages(TestTokens.office(), query + "&size=3").stream()
                .flatMap(p -> p.getList("items.unitId", String.class).stream())
                .toList();
    }

    /** A plan of a year no other test reads, with this many overdue assignments, written straight to the read model. */
    private void insertOverdue(String planId, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("insert into plan (plan_id, title, year) values (?1, '上限测试', 2003)")
                    .setParameter(1, planId)
                    .executeUpdate();
            entityManager
                    .createNativeQuery("insert into task (task_id, plan_id, position, number, title,"
                            + " deadline_kind, due_date) values (?1, ?1, 1, '1', '任务', 'FIXED', date '2003-06-30')")
                    .setParameter(1, planId)
                    .executeUpdate();
            entityManager
                    .createNativeQuery("insert into assignment (assignment_id, plan_id, task_id, unit_id,"
                            + " region_code, deadline_kind, due_date, status, created) select ?1 || '-' || n, ?1, ?1,"
                            + " 'u-cap-' || n, '327599', 'FIXED', date '2003-06-30', 'NOT_STARTED', true"
                            + " from generate_series(1, ?2) n")
                    .setParameter(1, planId)
                    .setParameter(2, count)
                    .executeUpdate();
        });
    }
}

package org.taizhang.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reporting.PlanScenario.Unit;
import org.taizhang.reporting.service.ApplyLock;
import org.taizhang.reporting.service.PlanVersions;
import org.taizhang.testsupport.TestTokens;

/** A rebuild replays the topics into emptied tables and reaches the same figures; live events go on after it. */
@QuarkusTest
class RebuildTest {

    private static final String CITY = "329300";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ApplyLock lock;

    @Inject
    PlanVersions versions;

    @Test
    void shouldReachTheSameFiguresAfterReplayingTheTopicsAndKeepApplyingLiveEvents() {
        EventFeed feed = new EventFeed(bootstrapServers);
        String s = UUID.randomUUID().toString().substring(0, 8);
        Unit fgw = Unit.lead("u-3293-fgw-" + s, "庚市发展和改革委员会", CITY);
        Unit county = Unit.responsible("u-329301-gov-" + s, "庚一县人民政府", "329301");
        Unit local = Unit.lead("u-329301-zwgk-" + s, "庚一县政务公开办", "329301");
        PlanScenario city = new PlanScenario("庚市计划", PlanScenario.today().getYear(), CITY, "庚市", null);
        String first =
                city.task("1", "一、公开", PlanScenario.fixed(PlanScenario.today().plusDays(30)), null, fgw, county);
        String second =
                city.task("2", "二、解读", PlanScenario.fixed(PlanScenario.today().minusDays(6)), null, fgw);
        PlanScenario derived = new PlanScenario("庚一县计划", city.year, "329301", "庚一县", city.planId);
        String derivedTask = derived.task("1", "一、公开", PlanScenario.ongoing(), first, local);
        feed.send(city.published(), derived.published());
        feed.send(city.created().toArray(new DomainEvent[0]));
        feed.send(derived.created().toArray(new DomainEvent[0]));
        List<EventEnvelope> completed = feed.send(city.status(
                city.assignmentId(first, fgw),
                AssignmentStatus.NOT_STARTED,
                AssignmentStatus.COMPLETED,
                Instant.now().minusSeconds(86_400)));
        feed.resend(completed);
        feed.send(city.report(
                city.assignmentId(first, county), AssignmentStatus.IN_PROGRESS, "推进中", "https://geng.gov.example/a"));
        feed.send(city.reminder(city.assignmentId(second, fgw), ReminderKind.OVERDUE));
        feed.send(derived.status(
                derived.assignmentId(derivedTask, local),
                AssignmentStatus.NOT_STARTED,
                AssignmentStatus.ONGOING,
                Instant.now()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.counted(city.planId, 3)
                        && Api.counted(derived.planId, 1)
                        && Api.summary(city.planId).getInt("assignments.completed") == 1
                        && Api.summary(derived.planId).getInt("assignmentsByStatus.ONGOING") == 1
                        && Api.office("/api/reports/plans/{id}/tasks/{t}", city.planId, first)
                                        .getString("units.find { it.unitId == '%s' }.latestReport.summary"
                                                .formatted(county.id()))
                                != null);
        List<String> paths = List.of(
                "/api/reports/plans/" + city.planId + "/summary",
                "/api/reports/plans/" + city.planId + "/tasks/" + first,
                "/api/reports/plans/" + city.planId + "/rollup",
                "/api/reports/units/" + fgw.id() + "/summary",
                "/api/reports/overdue?planId=" + city.planId,
                "/api/reports/plans/" + city.planId + "/annual");
        List<String> before = paths.stream().map(RebuildTest::body).toList();
        long cityVersion = QuarkusTransaction.requiringNew()
                .call(() -> versions.current(city.planId))
                .orElseThrow();

        JsonPath result = given().auth()
                .oauth2(TestTokens.office())
                .post("/api/admin/rebuild")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(result.getInt("applied")).isGreaterThanOrEqualTo(10);
        assertThat(result.getInt("skipped")).isGreaterThanOrEqualTo(1); // the status change sent twice
        assertThat(result.getMap("recordsByTopic"))
                .containsKeys("taizhang.plans.v1", "taizhang.assignments.v1", "taizhang.reminders.v1");
        assertThat(result.getString("requestedBy")).isEqualTo("office-clerk");
        assertThat(paths.stream().map(RebuildTest::body).toList()).isEqualTo(before);
        // views kept for the old version are not served again
        assertThat(QuarkusTransaction.requiringNew().call(() -> versions.current(city.planId)))
                .get()
                .isNotEqualTo(cityVersion);
        JsonPath progress = given().auth()
                .oauth2(TestTokens.office())
                .get("/api/admin/rebuild")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(progress.getBoolean("running")).isFalse();
        assertThat(progress.getLong("recordsRead")).isEqualTo(result.getLong("applied") + result.getLong("skipped"));
        assertThat(progress.getInt("last.applied")).isEqualTo(result.getInt("applied"));

        feed.send(city.status(
                city.assignmentId(first, county),
                AssignmentStatus.NOT_STARTED,
                AssignmentStatus.COMPLETED,
                Instant.now()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.summary(city.planId).getInt("tasks.completed") == 1);
    }

    @Test
    void shouldReplayATasksBatchOfNewAssignmentsAsItsEventsThatOvertookIt() {
        EventFeed feed = new EventFeed(bootstrapServers);
        String s = UUID.randomUUID().toString().substring(0, 8);
        Unit fgw = Unit.lead("u-3293-fgw-" + s, "庚市发展和改革委员会", CITY);
        Unit county = Unit.responsible("u-329301-gov-" + s, "庚一县人民政府", "329301");
        PlanScenario plan = new PlanScenario("庚市计划（二）", PlanScenario.today().getYear(), CITY, "庚市", null);
        String first =
                plan.task("1", "一、公开", PlanScenario.fixed(PlanScenario.today().plusDays(30)), null, fgw, county);
        // A whole batch: the replay applies it in a lot of its own.
        String second = plan.task(
                "2",
                "二、解读",
                PlanScenario.ongoing(),
                null,
                IntStream.range(0, AssignmentsCreated.MAX_ASSIGNMENTS)
                        .mapToObj(i -> Unit.lead("u-3293-" + s + "-" + i, "庚市单位" + i, CITY))
                        .toArray(Unit[]::new));
        feed.send(plan.published());
        // Keyed by their assignments, these may overtake the batches keyed by their tasks, live and in the replay.
        feed.send(plan.status(
                plan.assignmentId(first, fgw),
                AssignmentStatus.NOT_STARTED,
                AssignmentStatus.COMPLETED,
                Instant.now().minusSeconds(86_400)));
        feed.send(plan.report(
                plan.assignmentId(first, county), AssignmentStatus.IN_PROGRESS, "推进中", "https://geng.gov.example/b"));
        feed.send(plan.batches().toArray(new DomainEvent[0]));
        int assignments = 2 + AssignmentsCreated.MAX_ASSIGNMENTS;
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Api.counted(plan.planId, assignments)
                        && Api.summary(plan.planId).getInt("assignments.completed") == 1
                        && Api.office("/api/reports/plans/{id}/tasks/{t}", plan.planId, first)
                                        .getString("units.find { it.unitId == '%s' }.latestReport.summary"
                                                .formatted(county.id()))
                                != null);
        List<String> paths = List.of(
                "/api/reports/plans/" + plan.planId + "/summary",
                "/api/reports/plans/" + plan.planId + "/tasks/" + first,
                "/api/reports/plans/" + plan.planId + "/tasks/" + second,
                "/api/reports/plans/" + plan.planId + "/annual");
        List<String> before = paths.stream().map(RebuildTest::body).toList();

        given().auth()
                .oauth2(TestTokens.office())
                .post("/api/admin/rebuild")
                .then()
                .statusCode(200);

        assertThat(paths.stream().map(RebuildTest::body).toList()).isEqualTo(before);
        assertThat(Api.summary(plan.planId).getInt("assignmentsByStatus.COMPLETED"))
                .isEqualTo(1);
        assertThat(Api.summary(plan.planId).getInt("assignments.total")).isEqualTo(assignments);
    }

    @Test
    void shouldRefuseASecondRebuildWhileOneRuns() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> running =
                    other.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                        boolean claimed = lock.tryRebuild(); // what a running rebuild holds until it commits
                        held.countDown();
                        release.await(30, TimeUnit.SECONDS);
                        return claimed;
                    }));
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

            given().auth()
                    .oauth2(TestTokens.office())
                    .post("/api/admin/rebuild")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json");
            release.countDown();
            assertThat(running.get(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            release.countDown();
            other.shutdownNow();
        }
    }

    private static String body(String path) {
        return given().auth()
                .oauth2(TestTokens.office())
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}

package org.taizhang.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.reporting.PlanScenario.Unit;
import org.taizhang.reporting.entity.Assignment;
import org.taizhang.reporting.entity.ProgressReport;
import org.taizhang.reporting.entity.StatusChange;
import org.taizhang.reporting.messaging.ReadModelConsumer;
import org.taizhang.testsupport.Polls;
import org.taizhang.testsupport.TestTokens;

/** A task's new assignments announced together make the rows and figures their single events make, in any order. */
@QuarkusTest
class AssignmentBatchTest {

    private static final String CITY = "327200";
    private static final String COUNTY = "327201";
    private static final Instant REPORTED = Instant.now().minusSeconds(7_200).truncatedTo(ChronoUnit.MILLIS);
    private static final Instant COMPLETED = Instant.now().minusSeconds(3_600).truncatedTo(ChronoUnit.MILLIS);

    @Inject
    ReadModelConsumer consumer;

    private Unit fgw;
    private Unit sjj;
    private Unit county;
    private Unit local;

    @BeforeEach
    void units() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        fgw = Unit.lead("u-3272-fgw-" + s, "子市发展和改革委员会", CITY);
        sjj = Unit.supporting("u-3272-sjj-" + s, "子市数据资源局", CITY);
        county = Unit.responsible("u-327201-gov-" + s, "子一县人民政府", COUNTY);
        local = Unit.lead("u-327201-zwgk-" + s, "子一县政务公开办", COUNTY);
    }

    @Test
    void shouldCreateEveryAssignmentOfABatch() {
        Twin plan = twin();
        AssignmentsCreated batch = plan.city().batch(plan.task());

        assignments(List.of(batch));

        assertThat(batch.each()).hasSize(3).allSatisfy(expected -> {
            Assignment stored = inTx(() -> Assignment.findById(expected.assignmentId()));
            assertThat(stored.created).isTrue();
            assertThat(List.of(stored.planId, stored.taskId, stored.taskNumber, stored.taskTitle))
                    .containsExactly(expected.planId(), expected.taskId(), expected.taskNumber(), expected.taskTitle());
            assertThat(List.of(stored.unitId, stored.unitName, stored.regionCode))
                    .containsExactly(expected.unitId(), expected.unitName(), expected.regionCode());
            assertThat(stored.role).isEqualTo(expected.role());
            assertThat(stored.deadline.toDeadline()).isEqualTo(batch.deadline());
            assertThat(stored.status).isEqualTo(AssignmentStatus.NOT_STARTED);
            // PostgreSQL keeps microseconds, rounded.
            assertThat(stored.assignedAt).isCloseTo(batch.createdAt(), within(1, ChronoUnit.MICROS));
        });
        assertThat(Api.summary(plan.city().planId).getInt("assignments.total")).isEqualTo(2); // the deciding units
    }

    @Test
    void shouldShowABatchInTheFiguresAndRollUpAsItsSingleEventsWould() {
        Twin singles = twin();
        Twin batched = twin();
        // Viewed before the county's batch: the city plan's kept roll-up must move with it.
        assertThat(Api.office("/api/reports/plans/{id}/rollup", batched.city().planId)
                        .getInt("counties[0].assignments.total"))
                .isZero();

        assignments(singles.batches().stream().flatMap(b -> b.each().stream()).toList());
        assignments(batched.batches());

        assertThat(batched.views()).isEqualTo(singles.views());
        assertThat(Api.office("/api/reports/plans/{id}/rollup", batched.city().planId)
                        .getInt("counties[0].assignments.total"))
                .isEqualTo(1);
    }

    @Test
    void shouldEndAsInOrderWhenAReportAndAStatusChangeOvertakeTheirBatch() {
        Twin inOrder = twin();
        Twin acrossPolls = twin();
        Twin inOnePoll = twin();

        assignments(inOrder.batches());
        assignments(later(inOrder));
        assignments(later(acrossPolls));
        assignments(acrossPolls.batches());
        assignments(Stream.concat(later(inOnePoll).stream(), inOnePoll.batches().stream())
                .toList());

        for (Twin overtaken : List.of(acrossPolls, inOnePoll)) {
            assertThat(overtaken.rows()).isEqualTo(inOrder.rows());
            assertThat(overtaken.views()).isEqualTo(inOrder.views());
        }
        Assignment completed = inTx(() -> Assignment.findById(inOnePoll.city().assignmentId(inOnePoll.task(), county)));
        assertThat(completed.created).as("the stub completed").isTrue();
        assertThat(completed.unitName).isEqualTo(county.name());
        assertThat(completed.status).as("from the later event").isEqualTo(AssignmentStatus.COMPLETED);
        assertThat(completed.completedAt).isEqualTo(COMPLETED);
    }

    @Test
    void shouldChangeNothingWhenTheSameBatchIsDeliveredAgain() {
        Twin plan = twin();
        List<ProducerRecord<String, String>> batches =
                plan.batches().stream().map(ReadModelPollTest::record).toList();
        consumer.assignments(Polls.of(batches));
        assignments(later(plan));
        List<List<Object>> rows = plan.rows();
        List<String> views = plan.views();

        consumer.assignments(Polls.of(batches)); // redelivered by Kafka: the same event ids
        assignments(plan.batches()); // sent again under new event ids, as a relay's retry may

        assertThat(plan.rows()).isEqualTo(rows);
        assertThat(plan.views()).isEqualTo(views);
        String completed = plan.city().assignmentId(plan.task(), county);
        assertThat(inTx(() -> Assignment.<Assignment>findById(completed).status))
                .isEqualTo(AssignmentStatus.COMPLETED);
        assertThat(inTx(() -> StatusChange.count("planId", plan.city().planId))).isEqualTo(1);
        assertThat(inTx(() -> ProgressReport.count("planId", plan.city().planId)))
                .isEqualTo(1);
    }

    /** A city plan and a county plan derived from it, both published; their new assignments not announced yet. */
    private Twin twin() {
        PlanScenario city = new PlanScenario("子市计划", PlanScenario.today().getYear(), CITY, "子市", null);
        String task =
                city.task("1", "一、公开", PlanScenario.fixed(PlanScenario.today().plusDays(30)), null, fgw, sjj, county);
        PlanScenario derived = new PlanScenario("子一县计划", city.year, COUNTY, "子一县", city.planId);
        derived.task("1", "一、公开", PlanScenario.fixed(PlanScenario.today().plusDays(20)), task, local);
        consumer.plans(Polls.of(Stream.of(city.published(), derived.published())
                .map(ReadModelPollTest::record)
                .toList()));
        return new Twin(city, derived, task);
    }

    /** A unit's report and another's completion, at the same instants in every twin. */
    private List<DomainEvent> later(Twin plan) {
        PlanScenario city = plan.city();
        return List.of(
                city.report(
                        city.assignmentId(plan.task(), fgw),
                        AssignmentStatus.IN_PROGRESS,
                        "已起草",
                        "https://zi.gov.example/1",
                        REPORTED),
                city.status(
                        city.assignmentId(plan.task(), county),
                        AssignmentStatus.NOT_STARTED,
                        AssignmentStatus.COMPLETED,
                        COMPLETED));
    }

    private void assignments(List<? extends DomainEvent> events) {
        consumer.assignments(
                Polls.of(events.stream().map(ReadModelPollTest::record).toList()));
    }

    private static <T> T inTx(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    /** Two plans whose figures are compared with another pair's, their ids aside. */
    private record Twin(PlanScenario city, PlanScenario county, String task) {

        List<AssignmentsCreated> batches() {
            return Stream.concat(city.batches().stream(), county.batches().stream())
                    .toList();
        }

        /** Each city assignment's row as the figures read it, without its ids (its time of creation: whether set). */
        List<List<Object>> rows() {
            return city.created().stream()
                    .map(a -> inTx(() -> Assignment.<Assignment>findById(a.assignmentId())))
                    .map(a -> Arrays.<Object>asList(
                            a.created,
                            a.status,
                            a.completedAt,
                            a.lastReportAt,
                            a.reportTimes,
                            a.cancelledAt,
                            a.taskNumber,
                            a.taskTitle,
                            a.unitId,
                            a.unitName,
                            a.regionCode,
                            a.role,
                            a.deadline.toDeadline(),
                            a.assignedAt != null,
                            a.reminders,
                            a.urgings))
                    .toList();
        }

        /** The plans' summaries, the city task's page and the city plan's roll-up, ids replaced by names. */
        List<String> views() {
            return Stream.of(
                            "/api/reports/plans/" + city.planId + "/summary",
                            "/api/reports/plans/" + county.planId + "/summary",
                            "/api/reports/plans/" + city.planId + "/tasks/" + task,
                            "/api/reports/plans/" + city.planId + "/rollup")
                    .map(path -> Api.get(TestTokens.office(), path)
                            .statusCode(200)
                            .extract()
                            .asString()
                            .replace(city.planId, "CITY")
                            .replace(county.planId, "COUNTY")
                            .replaceAll("\"reportId\":\"[^\"]*\"", "\"reportId\":\"R\""))
                    .toList();
        }
    }
}

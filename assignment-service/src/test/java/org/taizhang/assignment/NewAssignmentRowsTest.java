package org.taizhang.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.AuditEntry;
import org.taizhang.assignment.entity.TrackedPlan;
import org.taizhang.assignment.entity.TrackedTask;
import org.taizhang.assignment.entity.Unit;
import org.taizhang.assignment.service.AssignmentCreation;
import org.taizhang.assignment.service.AssignmentEvents;
import org.taizhang.assignment.service.AuditState;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.EventCodec;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.EventType;
import org.taizhang.events.assignment.AssignmentCreated;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.PlanPublished;
import org.taizhang.events.plan.TaskSnapshot;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.testsupport.TestTokens;
import org.taizhang.testsupport.TopicProbe;

/**
 * A published task's new assignments are written with JDBC batches, not as entities: each must still have its row as
 * Hibernate wrote it, one CREATED audit entry with its state and its place in one AssignmentsCreated in the outbox, in
 * the plan event's trace, and a redelivered plan must add none of them again.
 */
@QuarkusTest
class NewAssignmentRowsTest {

    private static final String CITY = "338700";
    private static final String ACTOR = "plan-service:office";
    private static final Deadline JUNE = new Deadline("6月底前", DeadlineKind.FIXED, LocalDate.of(2026, 6, 30), null);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AssignmentCreation creation;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** A small city, added before every test; adding it again is a harmless 409. */
    @BeforeEach
    void directory() {
        unit("t-3387-gov", "扇出市人民政府", "GOVERNMENT", "CITY", CITY);
        unit("t-3387-fgw", "扇出市发展和改革委员会", "DEPARTMENT", "CITY", CITY);
        unit("t-338701-gov", "扇出甲县人民政府", "GOVERNMENT", "COUNTY", "338701");
        unit("t-338702-gov", "扇出乙县人民政府", "GOVERNMENT", "COUNTY", "338702");
    }

    @Test
    void shouldWriteEachNewAssignmentAsHibernateDidWithOneAuditEntryAndOneEvent() {
        String planId = UUID.randomUUID().toString();
        String taskId = planId + "-t1";
        String trace = HexFormat.of().formatHex(randomBytes());
        publish(planId, taskId, trace);
        await().atMost(Duration.ofSeconds(30)).until(() -> inTx(() -> Assignment.count("planId", planId)) == 3);
        // The city government is named by no mention: assigned through the entity path, as a resolved pending item is.
        inTx(() -> creation.assign(
                TrackedTask.findById(taskId), Unit.findById("t-3387-gov"), UnitRole.RESPONSIBLE, ACTOR));

        List<Assignment> assignments = inTx(() -> Assignment.<Assignment>list("planId", planId));
        assertThat(assignments)
                .extracting(a -> a.unitId + ":" + a.unitName + ":" + a.regionCode + ":" + a.role)
                .containsExactlyInAnyOrder(
                        "t-3387-fgw:扇出市发展和改革委员会:338700:LEAD",
                        "t-338701-gov:扇出甲县人民政府:338701:RESPONSIBLE",
                        "t-338702-gov:扇出乙县人民政府:338702:RESPONSIBLE",
                        "t-3387-gov:扇出市人民政府:338700:RESPONSIBLE");
        assertThat(assignments).allSatisfy(a -> {
            assertThat(a.deadline()).isEqualTo(JUNE);
            assertThat(a.status).isEqualTo(AssignmentStatus.NOT_STARTED);
            assertThat(a.updatedAt).isEqualTo(a.createdAt);
            assertThat(a.version).isZero();
        });
        // Every column but the unit's and the times is the same for the batch's rows as for the entity's.
        assertThat(inTx(() -> entityManager
                        .createNativeQuery(
                                "SELECT DISTINCT (to_jsonb(a) - 'id' - 'unit_id' - 'unit_name' - 'region_code'"
                                        + " - 'role' - 'created_at' - 'updated_at')::text FROM assignment a WHERE task_id = ?1")
                        .setParameter(1, taskId)
                        .getResultList()))
                .hasSize(1);

        for (Assignment a : assignments) {
            List<AuditEntry> audit = inTx(() -> AuditEntry.<AuditEntry>list("assignmentId", a.id));
            assertThat(audit).singleElement().satisfies(entry -> {
                assertThat(entry.action).isEqualTo(AuditEntry.Action.CREATED);
                assertThat(entry.actor).isEqualTo(ACTOR);
                assertThat(entry.before).isNull();
                assertThat(entry.at).isNotNull();
                assertThat(json.readValue(entry.after, AuditState.class)).isEqualTo(AuditState.of(a));
            });
        }
        // The entity path announces its one assignment alone, keyed by it.
        Assignment single = assignments.stream()
                .filter(a -> a.unitId.equals("t-3387-gov"))
                .findFirst()
                .orElseThrow();
        assertThat(outbox(single.id.toString())).singleElement().satisfies(row -> {
            assertThat(row[0]).isEqualTo(EventType.ASSIGNMENT_CREATED.type());
            AssignmentCreated event = json.readValue((String) row[1], AssignmentCreated.class);
            assertThat(event)
                    .usingRecursiveComparison()
                    .ignoringFields("createdAt")
                    .isEqualTo(AssignmentEvents.assignmentCreated(single));
            assertThat(Duration.between(event.createdAt(), single.createdAt).abs())
                    .isLessThanOrEqualTo(Duration.ofNanos(1000));
        });
        // The batch announces the task's three together, keyed by the task, in the plan event's trace, with the very
        // times their rows hold.
        assertThat(outbox(taskId)).singleElement().satisfies(row -> {
            assertThat(row[0]).isEqualTo(EventType.ASSIGNMENTS_CREATED.type());
            assertThat((String) row[2]).startsWith("00-" + trace + "-");
            AssignmentsCreated event = json.readValue((String) row[1], AssignmentsCreated.class);
            assertThat(event.each())
                    .containsExactlyInAnyOrderElementsOf(assignments.stream()
                            .filter(a -> a != single)
                            .map(AssignmentEvents::assignmentCreated)
                            .toList());
        });
    }

    @Test
    void shouldAddNoAssignmentAuditEntryOrEventWhenThePlanComesAgain() {
        String planId = UUID.randomUUID().toString();
        String trace = HexFormat.of().formatHex(randomBytes());
        ProducerRecord<String, String> published = publish(planId, planId + "-t1", trace);
        await().atMost(Duration.ofSeconds(30)).until(() -> inTx(() -> Assignment.count("planId", planId)) == 3);
        long audits = audits(planId);
        long events = inTx(() -> ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM outbox_event WHERE payload LIKE ?1")
                        .setParameter(1, "%" + planId + "%")
                        .getSingleResult())
                .longValue());

        new TopicProbe(bootstrapServers).send(List.of(published));
        String marker = UUID.randomUUID().toString();
        send(new PlanPublished(marker, "标记", 2026, CITY, "扇出市", "CITY", null, List.of(), "office", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> inTx(() -> TrackedPlan.findById(marker)) != null);

        assertThat(audits).isEqualTo(3);
        assertThat(events).as("one event for the task's three").isEqualTo(1);
        assertThat(inTx(() -> Assignment.count("planId", planId))).isEqualTo(3);
        assertThat(audits(planId)).isEqualTo(3);
        assertThat(inTx(() -> ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM outbox_event WHERE payload LIKE ?1")
                                .setParameter(1, "%" + planId + "%")
                                .getSingleResult())
                        .longValue()))
                .isEqualTo(1);
    }

    private ProducerRecord<String, String> publish(String planId, String taskId, String trace) {
        List<UnitMention> mentions = List.of(
                new UnitMention("市发改委牵头", "市发改委", UnitRole.LEAD, false, false),
                new UnitMention("各县（市、区）政府", "各县（市、区）政府", UnitRole.RESPONSIBLE, true, false));
        ProducerRecord<String, String> record = record(new PlanPublished(
                planId,
                "扇出市计划",
                2026,
                CITY,
                "扇出市",
                "CITY",
                null,
                List.of(new TaskSnapshot(taskId, "3", List.of("一、测试"), "公开规划", null, JUNE, mentions, null)),
                "office",
                Instant.now()));
        record.headers().add("traceparent", ("00-" + trace + "-00f067aa0ba902b7-00").getBytes(StandardCharsets.UTF_8));
        new TopicProbe(bootstrapServers).send(List.of(record));
        return record;
    }

    private void send(DomainEvent event) {
        new TopicProbe(bootstrapServers).send(List.of(record(event)));
    }

    private static ProducerRecord<String, String> record(DomainEvent event) {
        return CloudEventHeaders.toRecord(EventEnvelope.wrap(event, "/taizhang/plan-service", EventCodec.instance()));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> outbox(String key) {
        return inTx(() -> entityManager
                .createNativeQuery("SELECT event_type, payload, trace_parent FROM outbox_event WHERE record_key = ?1")
                .setParameter(1, key)
                .getResultList());
    }

    private long audits(String planId) {
        return inTx(() -> ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM assignment_audit u JOIN assignment a"
                                + " ON a.id = u.assignment_id WHERE a.plan_id = ?1")
                        .setParameter(1, planId)
                        .getSingleResult())
                .longValue());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static <T> T inTx(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private static void unit(String id, String name, String kind, String level, String region) {
        given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", name, "kind", kind, "level", level, "regionCode", region))
                .post("/api/units");
    }
}

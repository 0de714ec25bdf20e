package org.taizhang.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.events.plan.PlanPublished;

class EventCodecTest {

    private final EventCodec codec = EventCodec.instance();

    static List<DomainEvent> events() {
        return SampleEvents.all();
    }

    @Test
    void shouldHaveASampleForEveryEventType() {
        assertThat(SampleEvents.all().stream().map(EventType::of)).containsExactlyInAnyOrder(EventType.values());
    }

    @ParameterizedTest
    @MethodSource("events")
    void shouldRoundTripEveryEventThroughJson(DomainEvent event) {
        String json = codec.toJson(event);

        assertThat(codec.fromJson(json, event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("events")
    void shouldRoundTripEveryEventThroughItsEnvelope(DomainEvent event) {
        EventEnvelope envelope = EventEnvelope.wrap(event, "/taizhang/test", codec);

        assertThat(envelope.type()).startsWith("taizhang.").endsWith(".v1");
        assertThat(envelope.subject()).isEqualTo(event.aggregateId());
        assertThat(codec.decode(envelope)).contains(event);
    }

    @Test
    void shouldWriteDatesAsIsoText() {
        String json = codec.toJson(SampleEvents.all().get(0));

        assertThat(json)
                .contains("\"publishedAt\":\"2026-03-31T08:30:00Z\"")
                .contains("\"dueDate\":\"2026-12-31\"")
                .contains("\"kind\":\"FIXED\"");
    }

    @Test
    void shouldIgnoreFieldsItDoesNotKnow() {
        String json = "{\"planId\":\"p-9\",\"closedBy\":\"office-1\",\"closedAt\":\"2026-12-31T00:00:00Z\","
                + "\"archivedTo\":{\"bucket\":\"x\"},\"tags\":[1,2]}";

        var closed = codec.fromJson(json, org.taizhang.events.plan.PlanClosed.class);

        assertThat(closed.planId()).isEqualTo("p-9");
        assertThat(closed.closedAt()).isEqualTo(Instant.parse("2026-12-31T00:00:00Z"));
    }

    @Test
    void shouldReadAnEnumValueItDoesNotKnowAsNull() {
        String json = "{\"reportId\":\"r\",\"assignmentId\":\"a\",\"status\":\"SUSPENDED\"}";

        assertThat(codec.fromJson(json, ProgressReported.class).status()).isNull();
    }

    @Test
    void shouldCountAProgressReportFromItsReceiptOrWithoutOneFromItsClaimedTime() {
        String older = "{\"reportId\":\"r\",\"assignmentId\":\"a\",\"reportedAt\":\"2026-05-01T00:00:00Z\"}";
        String newer = older.replace("}", ",\"receivedAt\":\"2026-06-20T08:00:00Z\"}");

        assertThat(codec.fromJson(older, ProgressReported.class).countedAt())
                .isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
        assertThat(codec.fromJson(newer, ProgressReported.class).countedAt())
                .isEqualTo(Instant.parse("2026-06-20T08:00:00Z"));
        assertThat(codec.toJson(codec.fromJson(newer, ProgressReported.class))).doesNotContain("countedAt");
    }

    @Test
    void shouldReadAProgressReportOfAnOlderProducerAsCitingNoEvidenceFiles() {
        String older = "{\"reportId\":\"r\",\"assignmentId\":\"a\",\"reportedAt\":\"2026-05-01T00:00:00Z\"}";
        String newer = older.replace("}", ",\"evidenceFileIds\":[\"f-1\",\"f-2\"]}");
        String nulls = older.replace("}", ",\"evidenceFileIds\":null}");

        assertThat(codec.fromJson(older, ProgressReported.class).evidenceFileIds())
                .isEmpty();
        assertThat(codec.fromJson(nulls, ProgressReported.class).evidenceFileIds())
                .isEmpty();
        assertThat(codec.fromJson(newer, ProgressReported.class).evidenceFileIds())
                .containsExactly("f-1", "f-2");
        assertThat(codec.toJson(codec.fromJson(newer, ProgressReported.class)))
                .contains("\"evidenceFileIds\":[\"f-1\",\"f-2\"]");
    }

    @Test
    void shouldSkipEventTypesItDoesNotKnow() {
        var envelope = new EventEnvelope(
                "e-1", "taizhang.plan.archived.v1", "/taizhang/plan-service", Instant.now(), "p-1", "1.0", "{}");

        assertThat(codec.decode(envelope)).isEmpty();
        assertThat(EventType.ofType("taizhang.plan.published.v2")).isEmpty();
    }

    @Test
    void shouldRejectAPayloadThatIsNotJson() {
        var envelope = new EventEnvelope(
                "e-1", EventType.PLAN_PUBLISHED.type(), "/x", Instant.now(), "p-1", "1.0", "{not json");

        assertThatThrownBy(() -> codec.decode(envelope)).isInstanceOf(EventCodec.EventCodecException.class);
    }

    @Test
    void shouldPutEachEventTypeOnItsServicesTopic() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::topic).distinct())
                .containsExactlyInAnyOrder(Topics.PLANS, Topics.ASSIGNMENTS, Topics.REMINDERS);
        assertThat(EventType.of(SampleEvents.all().get(0))).isEqualTo(EventType.PLAN_PUBLISHED);
        assertThat(EventType.PLAN_PUBLISHED.payloadClass()).isEqualTo(PlanPublished.class);
    }
}

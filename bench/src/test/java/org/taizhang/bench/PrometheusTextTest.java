package org.taizhang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String METRICS = """
            # TYPE taizhang_reminder_tick_seconds summary
            # HELP taizhang_reminder_tick_seconds Duration of one reminder tick, all of its batches
            taizhang_reminder_tick_seconds_count{outcome="idle"} 42.0
            taizhang_reminder_tick_seconds_sum{outcome="idle"} 0.126
            taizhang_reminder_tick_seconds_count{outcome="issued"} 1.0
            taizhang_reminder_tick_seconds_sum{outcome="issued"} 2.25
            # TYPE taizhang_reminder_tick_seconds_max gauge
            taizhang_reminder_tick_seconds_max{outcome="issued"} 2.25
            taizhang_reminder_reminders_issued_total 10000.0
            http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/a\\"b,c"} 7.0 1700000000000
            up{le="+Inf"} +Inf
            """;

    @Test
    void shouldReadTheSampleWhoseLabelsMatch() {
        assertThat(PrometheusText.sample(METRICS, "taizhang_reminder_tick_seconds_sum", Map.of("outcome", "issued")))
                .hasValue(2.25);
        assertThat(PrometheusText.sample(METRICS, "taizhang_reminder_tick_seconds_count", Map.of("outcome", "idle")))
                .hasValue(42.0);
    }

    @Test
    void shouldNotMistakeALongerNameForTheOneAskedFor() {
        assertThat(PrometheusText.sample(METRICS, "taizhang_reminder_tick_seconds", Map.of("outcome", "issued")))
                .isEmpty();
        assertThat(PrometheusText.sample(METRICS, "taizhang_reminder_reminders_issued_total", Map.of()))
                .hasValue(10000.0);
    }

    @Test
    void shouldReadQuotedLabelsWithEscapesCommasAndATimestampAfterTheValue() {
        assertThat(PrometheusText.sample(
                        METRICS, "http_server_requests_seconds_count", Map.of("uri", "/a\"b,c", "status", "200")))
                .hasValue(7.0);
        assertThat(PrometheusText.sample(METRICS, "up", Map.of())).hasValue(Double.POSITIVE_INFINITY);
    }

    @Test
    void shouldBeEmptyWhenNoSampleHasTheLabels() {
        assertThat(PrometheusText.sample(METRICS, "taizhang_reminder_tick_seconds_sum", Map.of("outcome", "failed")))
                .isEmpty();
    }
}

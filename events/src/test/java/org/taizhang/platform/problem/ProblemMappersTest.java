package org.taizhang.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void shouldAnswerServiceUnavailableWithRetryAfterWhenTheDatabaseIsUnreachable() {
        var failure = new IllegalStateException("flush", new SQLException("I/O error", "08006"));

        var response = mappers.internal(failure, null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(response.getMediaType()).hasToString("application/problem+json");
    }

    @Test
    void shouldKeepOtherFailuresAnInternalErrorWithAnIncident() {
        var response = mappers.internal(new IllegalStateException("bug"), null);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Problem) response.getEntity()).detail()).contains("quote incident");
    }

    @Test
    void shouldNameTheTraceOfTheRequestInEveryProblem() {
        var span = Span.wrap(SpanContext.create(
                "4bf92f3577b34da6a3ce929d0e0e4736",
                "00f067aa0ba902b7",
                TraceFlags.getDefault(),
                TraceState.getDefault()));

        try (var ignored = span.makeCurrent()) {
            var response = mappers.forbidden(new ForbiddenException(), null);

            assertThat(((Problem) response.getEntity()).traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        }
        assertThat(Problem.of(Response.Status.NOT_FOUND, "gone", "/x").traceId())
                .isNull();
    }
}

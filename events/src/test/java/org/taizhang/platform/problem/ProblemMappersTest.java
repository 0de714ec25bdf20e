package org.taizhang.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

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
}

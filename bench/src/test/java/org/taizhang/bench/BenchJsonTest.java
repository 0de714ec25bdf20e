package org.taizhang.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchJsonTest {

    private static final String SUMMARY = "{\"planId\":\"p\",\"tasks\":{\"total\":50,\"completed\":0},"
            + "\"assignments\":{\"total\":2000,\"completed\":750},"
            + "\"assignmentsByStatus\":{\"NOT_STARTED\":500,\"IN_PROGRESS\":750,\"COMPLETED\":750}}";

    @Test
    void shouldReadTheNumberUnderAPathOfKeys() {
        assertThat(BenchJson.number(SUMMARY, "tasks", "total")).isEqualTo(50);
        assertThat(BenchJson.number(SUMMARY, "assignments", "total")).isEqualTo(2000);
        assertThat(BenchJson.number(SUMMARY, "assignmentsByStatus", "NOT_STARTED"))
                .isEqualTo(500);
        assertThat(BenchJson.number("{\"items\":[], \"total\" : 1000}", "total"))
                .isEqualTo(1000);
    }

    @Test
    void shouldAnswerMinusOneWhenThePathIsMissing() {
        assertThat(BenchJson.number(SUMMARY, "sections", "total")).isEqualTo(-1);
        assertThat(BenchJson.number(SUMMARY, "assignmentsByStatus", "ONGOING")).isEqualTo(-1);
    }

    @Test
    void shouldReadThePlanIdOfAnImportAnswer() {
        String id = "6f1c2a9e-0000-4000-8000-000000000001";

        assertThat(BenchJson.planId("{\"plan\": {\"id\":\"" + id + "\",\"title\":\"t\"},\"diagnostics\":[]}"))
                .isEqualTo(id);
        assertThatThrownBy(() -> BenchJson.planId("{\"title\":\"Bad Request\"}"))
                .isInstanceOf(IllegalStateException.class);
    }
}

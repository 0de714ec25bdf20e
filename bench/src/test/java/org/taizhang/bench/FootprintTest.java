package org.taizhang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FootprintTest {

    @Test
    void shouldReadTheCpuSecondsTheLastStartRecordedInItsOrder(@TempDir Path state) throws Exception {
        Files.writeString(state.resolve("last-start-cpu-seconds"), "keycloak 17.9\nkafka 7.8\n\nconsole 2.7\n");

        assertThat(new Footprint(state).lastStartCpuSeconds())
                .containsExactly(Map.entry("keycloak", 17.9), Map.entry("kafka", 7.8), Map.entry("console", 2.7));
    }

    @Test
    void shouldHaveNoCpuFigureWhenNoStartWasRecorded(@TempDir Path state) throws Exception {
        assertThat(FootprintFigures.startCpu(new Footprint(state).lastStartCpuSeconds()))
                .isEmpty();
    }

    @Test
    void shouldAddUpTheStartsCpuAndNameEachProcess() {
        Figure figure = FootprintFigures.startCpu(Map.of("keycloak", 18.0)).orElseThrow();

        assertThat(figure.value()).isEqualTo(18.0);
        assertThat(figure.unit()).isEqualTo("CPU-s");
        assertThat(figure.note()).startsWith("keycloak 18.0; at least ");
    }
}

package org.taizhang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuMeterTest {

    @Test
    void shouldAddUserAndSystemTicksEvenWhenTheNameHoldsSpaces(@TempDir Path dir) throws Exception {
        Path stat = dir.resolve("stat");
        Files.writeString(stat, "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 40 0\n");

        assertThat(CpuMeter.cpuSeconds(stat)).isEqualTo(3.0);
    }

    @Test
    void shouldCountTheTicksOfChildrenThatHaveEnded(@TempDir Path dir) throws Exception {
        Path stat = dir.resolve("stat");
        Files.writeString(stat, "77 (postgres) S 1 77 77 0 -1 4194560 100 0 0 0 250 50 600 100 20 0 40 0\n");

        assertThat(CpuMeter.cpuSecondsWithEndedChildren(stat)).isEqualTo(10.0);
    }

    @Test
    void shouldDivideEachProcessesCpuByTheRequestsServed() {
        String text = CpuMeter.perUnit(Map.of("postgres", 1.0), Map.of("postgres", 3.0), 1000);

        assertThat(text).isEqualTo("CPU per request: postgres 2.00 ms");
    }
}

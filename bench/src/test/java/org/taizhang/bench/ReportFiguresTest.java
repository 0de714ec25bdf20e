package org.taizhang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFiguresTest {

    @Test
    void shouldTakeTheOneMinuteLoadAverage() {
        assertThat(ReportFigures.firstField("2.07 3.79 3.89 3/912 31337\n")).isEqualTo("2.07");
        assertThat(ReportFigures.loadAverage()).isNotBlank();
    }
}

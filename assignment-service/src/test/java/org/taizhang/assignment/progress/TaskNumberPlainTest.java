package org.taizhang.assignment.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskNumberPlainTest {

    @ParameterizedTest
    @ValueSource(strings = {"12", "12.", "12、", " 12 ", "(12)", "（12）", "12．", "12，", "12)", "12）", "12. ", "\t12、\n"})
    void shouldReadTaskNumbersAsPrintedAsTheSameNumber(String printed) {
        assertThat(TaskNumber.plain(printed)).isEqualTo("12");
    }

    @ParameterizedTest
    @CsvSource({"3.2, 3.2", "3.2., 3.2", "12a, 12a", "(三), 三", "一、, 一", "12-1, 12-1"})
    void shouldKeepWhatIsInsideTheNumber(String printed, String normalized) {
        assertThat(TaskNumber.plain(printed)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "、", "."})
    void shouldReduceAMissingNumberToEmpty(String printed) {
        assertThat(TaskNumber.plain(printed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"13、", "120.", "1", "(1)2", "112"})
    void shouldKeepDifferentNumbersApart(String other) {
        assertThat(TaskNumber.plain(other)).isNotEqualTo("12");
    }
}

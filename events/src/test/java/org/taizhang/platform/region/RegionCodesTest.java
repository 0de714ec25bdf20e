package org.taizhang.platform.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodesTest {

    @ParameterizedTest
    @CsvSource({
        "340000, 34",
        "34, 34",
        "341800, 3418",
        "341000, 3410",
        "3418, 3418",
        "341821, 341821",
        "341821100, 341821100",
        "341821100000, 341821100",
        "341821000, 341821",
        "' 341802 ', 341802"
    })
    void shouldTreatTrailingZeroPairsAsPadding(String code, String significant) {
        assertThat(RegionCodes.significant(code)).isEqualTo(significant);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "34180", "3418a0", "1234567", "３４１８００", "-341800"})
    void shouldRejectInvalidCodes(String code) {
        assertThat(RegionCodes.significant(code)).isEmpty();
        assertThat(RegionCodes.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "340000, 341800",
        "341800, 341821",
        "3418, 341821",
        "341800, 341821100",
        "341821, 341821101",
        "341821, 341821",
        "341800, 3418"
    })
    void shouldContainCodesWithItsPrefix(String outer, String inner) {
        assertThat(RegionCodes.contains(outer, inner)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"341821, 341800", "341821, 341823", "341800, 341000", "341821100, 341821", "'', 341821", "341821, ''"})
    void shouldNotContainOtherOrCoarserRegions(String outer, String inner) {
        assertThat(RegionCodes.contains(outer, inner)).isFalse();
    }

    @Test
    void shouldCompareCodesHoweverPadded() {
        assertThat(RegionCodes.same("341800", "3418")).isTrue();
        assertThat(RegionCodes.same("341800000", "341800")).isTrue();
        assertThat(RegionCodes.same("341800", "341821")).isFalse();
        assertThat(RegionCodes.related("341821", "341800")).isTrue();
        assertThat(RegionCodes.related("341821", "341823")).isFalse();
    }
}

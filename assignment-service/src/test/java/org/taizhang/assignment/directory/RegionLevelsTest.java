package org.taizhang.assignment.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionLevelsTest {

    @ParameterizedTest
    @CsvSource({"340000, PROVINCE", "341800, CITY", "341000, CITY", "341821, COUNTY", "341821100, TOWN"})
    void shouldTellTheLevelOfACode(String code, UnitLevel level) {
        assertThat(RegionLevels.levelOf(code)).contains(level);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "34180", "1234567", "341821100001"})
    void shouldGiveNoLevelToAnInvalidCode(String code) {
        assertThat(RegionLevels.levelOf(code)).isEmpty();
    }

    @Test
    void shouldTruncateToAnEnclosingLevel() {
        assertThat(RegionLevels.truncate("341821100", UnitLevel.CITY)).contains("3418");
        assertThat(RegionLevels.truncate("341821", UnitLevel.COUNTY)).contains("341821");
        assertThat(RegionLevels.truncate("341800", UnitLevel.COUNTY)).isEmpty();
        assertThat(RegionLevels.truncate("341800", null)).isEmpty();
    }
}

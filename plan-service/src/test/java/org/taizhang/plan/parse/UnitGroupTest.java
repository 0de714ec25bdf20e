package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitGroupTest {

    private final UnitPhraseParser parser = new UnitPhraseParser();

    @Test
    void shouldMarkGroupPhrasesAsGroups() {
        List<String> groups = List.of(
                "各县（市、区）政府",
                "县（市、区）政府",
                "各县（市、区）人民政府（管委会）",
                "市政府各部门",
                "市直各部门",
                "县直各单位",
                "区直各部门",
                "各镇（办）",
                "各企事业单位",
                "重点领域相关单位");

        for (String group : groups) {
            assertThat(parser.parse(group)).as(group).singleElement().satisfies(u -> {
                assertThat(u.group()).as(group).isTrue();
                assertThat(u.ambiguous()).as(group).isFalse();
            });
        }
    }

    @Test
    void shouldFlagGroupsThatSayYouGuanAsAmbiguous() {
        for (String group : List.of("有关部门", "有关单位", "市有关单位", "市直有关部门", "县政府有关部门")) {
            assertThat(parser.parse(group)).as(group).singleElement().satisfies(u -> {
                assertThat(u.group()).as(group).isTrue();
                assertThat(u.ambiguous()).as(group).isTrue();
            });
        }
    }
}

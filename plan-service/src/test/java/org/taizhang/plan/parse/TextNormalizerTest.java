package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void shouldRemoveSpacesBetweenChineseCharacters() {
        assertThat(TextNormalizer.normalize("地 方政府债务")).isEqualTo("地方政府债务");
        assertThat(TextNormalizer.normalize("加强反垄断与反不正当竞争执 法信息公开工作")).isEqualTo("加强反垄断与反不正当竞争执法信息公开工作");
    }

    @Test
    void shouldRemoveSpacesAroundChinesePunctuationAndBrackets() {
        assertThat(TextNormalizer.normalize("余额、发行、 品种")).isEqualTo("余额、发行、品种");
        assertThat(TextNormalizer.normalize("紧扣 “十四五”开好局")).isEqualTo("紧扣“十四五”开好局");
        assertThat(TextNormalizer.normalize("与村 (居 ) 务公开")).isEqualTo("与村(居)务公开");
        assertThat(TextNormalizer.normalize("为重点, 做好")).isEqualTo("为重点,做好");
    }

    @Test
    void shouldKeepMeaningfulSpacesNextToLatinAndDigits() {
        assertThat(TextNormalizer.normalize("视频、H5 等形式")).isEqualTo("视频、H5 等形式");
        assertThat(TextNormalizer.normalize("Open Data 平台")).isEqualTo("Open Data 平台");
        assertThat(TextNormalizer.normalize("“12345 热线”")).isEqualTo("“12345 热线”");
    }

    @Test
    void shouldKeepTheSpaceAfterALeadingSectionNumber() {
        assertThat(TextNormalizer.normalize("(一) 做好各类规划主动公开")).isEqualTo("(一) 做好各类规划主动公开");
    }

    @Test
    void shouldTrimAndCollapseLineBreaksAndIdeographicSpaces() {
        assertThat(TextNormalizer.normalize("  政务\n公开\u3000工作  ")).isEqualTo("政务公开工作");
        assertThat(TextNormalizer.normalize(null)).isEmpty();
    }

    @Test
    void shouldMakeBracketsFullWidthForUnitNames() {
        assertThat(TextNormalizer.canonicalBrackets("各县(市、区)政府")).isEqualTo("各县（市、区）政府");
    }

    @Test
    void shouldTurnFullWidthDigitsHalfWidth() {
        assertThat(TextNormalizer.halfWidth("２０２２年６月")).isEqualTo("2022年6月");
    }
}

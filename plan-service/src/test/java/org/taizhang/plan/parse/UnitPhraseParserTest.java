package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;

class UnitPhraseParserTest {

    private final UnitPhraseParser parser = new UnitPhraseParser();

    @Test
    void shouldGiveLeadToUnitsBeforeQianTouAndResponsibilityToTheRest() {
        List<UnitMention> units = parser.parse("县政府办公室、县发改委牵头，县政府有关部门负责落实");

        assertThat(units)
                .extracting(UnitMention::name, UnitMention::role, UnitMention::group, UnitMention::ambiguous)
                .containsExactly(
                        tuple("县政府办公室", UnitRole.LEAD, false, false),
                        tuple("县发改委", UnitRole.LEAD, false, false),
                        tuple("县政府有关部门", UnitRole.RESPONSIBLE, true, true));
    }

    @Test
    void shouldEndTheListAtDengAndKeepTheAmbiguousGroup() {
        List<UnitMention> units = parser.parse("市发改委、市科技局、市经信局、市公安局、市财政局等市有关单位,各县(市、区)政府");

        assertThat(units)
                .extracting(UnitMention::name, UnitMention::group, UnitMention::ambiguous)
                .containsExactly(
                        tuple("市发改委", false, false),
                        tuple("市科技局", false, false),
                        tuple("市经信局", false, false),
                        tuple("市公安局", false, false),
                        tuple("市财政局", false, false),
                        tuple("市有关单位", true, true),
                        tuple("各县（市、区）政府", true, false));
        assertThat(units).allMatch(u -> u.role() == UnitRole.RESPONSIBLE);
    }

    @Test
    void shouldDropAnnotationsAndKeepBracketedGroupsWhole() {
        List<UnitMention> units = parser.parse("市政府办公室、市有关单位(见附件1,下同),各县(市、区)人民政府(管委会)负责");

        assertThat(units)
                .extracting(
                        UnitMention::raw,
                        UnitMention::name,
                        UnitMention::role,
                        UnitMention::group,
                        UnitMention::ambiguous)
                .containsExactly(
                        tuple("市政府办公室", "市政府办公室", UnitRole.RESPONSIBLE, false, false),
                        tuple("市有关单位(见附件1,下同)", "市有关单位", UnitRole.RESPONSIBLE, true, true),
                        tuple("各县(市、区)人民政府(管委会)", "各县（市、区）人民政府（管委会）", UnitRole.RESPONSIBLE, true, false));
    }

    @Test
    void shouldMakeEachUnitResponsibleWhenTheyAreResponsibleSeparately() {
        List<UnitMention> units = parser.parse("市扶贫办、市民政局分别负责");

        assertThat(units)
                .extracting(UnitMention::name, UnitMention::role)
                .containsExactly(tuple("市扶贫办", UnitRole.RESPONSIBLE), tuple("市民政局", UnitRole.RESPONSIBLE));
    }

    @Test
    void shouldSplitUnitsOnPdfSpaces() {
        assertThat(parser.parse("市发改委 市自然资源局")).extracting(UnitMention::name).containsExactly("市发改委", "市自然资源局");
        assertThat(parser.parse("市发改委 市市场监管局 市商务局"))
                .extracting(UnitMention::name)
                .containsExactly("市发改委", "市市场监管局", "市商务局");
    }

    @Test
    void shouldJoinPdfSpacesInsideOneName() {
        List<UnitMention> units = parser.parse("各县 (市、 区 ) 政府");

        assertThat(units).singleElement().satisfies(u -> {
            assertThat(u.raw()).isEqualTo("各县 (市、 区 ) 政府");
            assertThat(u.name()).isEqualTo("各县（市、区）政府");
            assertThat(u.group()).isTrue();
        });
        assertThat(parser.parse("市政府 办公室")).extracting(UnitMention::name).containsExactly("市政府办公室");
        assertThat(parser.parse("市行政服务中心 管委会")).extracting(UnitMention::name).containsExactly("市行政服务中心管委会");
    }

    @Test
    void shouldNotSplitInsideBrackets() {
        assertThat(parser.parse("各县(市、区)政府；各镇（办）"))
                .extracting(UnitMention::name)
                .containsExactly("各县（市、区）政府", "各镇（办）");
    }

    @Test
    void shouldMakeSupportingUnitsOfPeiHeAndXieTong() {
        assertThat(parser.parse("市发改委牵头，市财政局、市统计局配合"))
                .extracting(UnitMention::name, UnitMention::role)
                .containsExactly(
                        tuple("市发改委", UnitRole.LEAD),
                        tuple("市财政局", UnitRole.SUPPORTING),
                        tuple("市统计局", UnitRole.SUPPORTING));
        assertThat(parser.parse("市委网信办协同")).extracting(UnitMention::role).containsExactly(UnitRole.SUPPORTING);
    }

    @Test
    void shouldSplitMarkersWrittenWithoutPunctuation() {
        assertThat(parser.parse("市发改委牵头市财政局配合"))
                .extracting(UnitMention::name, UnitMention::role)
                .containsExactly(tuple("市发改委", UnitRole.LEAD), tuple("市财政局", UnitRole.SUPPORTING));
    }

    @Test
    void shouldMakeUnitsOfALeadColumnLead() {
        List<UnitMention> units = parser.parse("市发改委 市自然资源局", "各县 (市、 区 ) 政府");

        assertThat(units)
                .extracting(UnitMention::name, UnitMention::role)
                .containsExactly(
                        tuple("市发改委", UnitRole.LEAD),
                        tuple("市自然资源局", UnitRole.LEAD),
                        tuple("各县（市、区）政府", UnitRole.RESPONSIBLE));
    }

    @Test
    void shouldKeepOneLeadMentionForAUnitNamedInBothColumns() {
        List<UnitMention> units = parser.parse("市财政局", "市财政局、市直有关部门");

        assertThat(units)
                .extracting(UnitMention::name, UnitMention::role)
                .containsExactly(tuple("市财政局", UnitRole.LEAD), tuple("市直有关部门", UnitRole.RESPONSIBLE));
    }

    @Test
    void shouldNotDuplicateAUnitNamedTwiceInOneCell() {
        assertThat(parser.parse("市卫健委、市卫健委 、市民政局"))
                .extracting(UnitMention::name)
                .containsExactly("市卫健委", "市民政局");
    }

    @Test
    void shouldKeepUnknownNamesAsWritten() {
        assertThat(parser.parse("某某协调小组、市发改委"))
                .extracting(UnitMention::name, UnitMention::group)
                .containsExactly(tuple("某某协调小组", false), tuple("市发改委", false));
        assertThat(parser.parse("张三")).extracting(UnitMention::name).containsExactly("张三");
    }

    @Test
    void shouldStripAnnotationThatDescribesScope() {
        assertThat(parser.parse("市司法局 ( 负责市政府规章 ) 、各县 (市、 区 ) 政府"))
                .extracting(UnitMention::name)
                .containsExactly("市司法局", "各县（市、区）政府");
    }

    @Test
    void shouldReturnNothingForEmptyCells() {
        assertThat(parser.parse(null)).isEmpty();
        assertThat(parser.parse("  ")).isEmpty();
        assertThat(parser.parse(null, null, null)).isEmpty();
    }

    @Test
    void shouldTellUnitListsFromSentences() {
        assertThat(parser.looksLikeUnits("市发改委 市市场监管局 市商务局")).isTrue();
        assertThat(parser.looksLikeUnits("市直有关部门,各县 (市、 区 ) 政府")).isTrue();
        assertThat(parser.looksLikeUnits("推进部门所属单位预算、决算及相关报表公开。")).isFalse();
        assertThat(parser.looksLikeUnits("加强市场规则标准公开")).isFalse();
    }

    @Test
    void shouldNotTakeRequirementsThatMentionGovernmentsForUnitLists() {
        List<String> requirements = List.of(
                "在政府门户网站集中公开",
                "在县政府门户网站公开相关信息",
                "通过本级政府门户网站集中发布",
                "依托市政府门户网站",
                "政府门户网站",
                "督促各级政府落实",
                "各级政府要在门户网站公开",
                "各级政府及其部门通过门户网站公开",
                "各县（市、区）政府在门户网站公开",
                "面向社会公开");

        for (String requirement : requirements) {
            assertThat(parser.looksLikeUnits(requirement)).as(requirement).isFalse();
        }
    }

    @Test
    void shouldStillTakeGovernmentsAndGroupsOfGovernmentsForUnitLists() {
        List<String> unitCells = List.of(
                "县政府", "各级政府", "市政府办公室、各县（市、区）政府", "各县（市、区）", "各乡镇（街道）", "各镇（办）", "由县政府负责落实", "市税务局等市有关单位", "市委台办");

        for (String cell : unitCells) {
            assertThat(parser.looksLikeUnits(cell)).as(cell).isTrue();
        }
    }
}

package org.taizhang.assignment.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.assignment.directory.DemoDirectory.CITY;
import static org.taizhang.assignment.directory.DemoDirectory.LANGXI;
import static org.taizhang.assignment.directory.DemoDirectory.XUANZHOU;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;

class GroupExpanderTest {

    private static final List<String> CITY_DEPARTMENTS = List.of(
            "city-data",
            "city-drc",
            "city-edu",
            "city-finance",
            "city-health",
            "city-hrss",
            "city-justice",
            "city-office",
            "city-openness",
            "city-samr");

    private final GroupExpander expander = new GroupExpander(DemoDirectory.units());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "各县（市、区）政府",
                "各县(市、区)政府",
                "各县 (市、 区 ) 政府",
                "县（市、区）政府",
                "各县（市、区）人民政府（管委会）",
                "各县(市、区)人民政府(管委会)",
                "各区县政府",
                "各县区人民政府",
                "各县（市、区）",
                "各县（市、区）政府（见附件1，下同）"
            })
    void shouldExpandCountyGovernmentsWithinTheCity(String phrase) {
        assertThat(units(phrase, CITY)).containsExactly("xz-gov", "lx-gov", "jx-gov");
    }

    @Test
    void shouldExpandCountyGovernmentsOfACountyPlanToThatCounty() {
        assertThat(units("各县（市、区）政府", LANGXI)).containsExactly("lx-gov");
    }

    @Test
    void shouldExpandCityGovernmentsOfAProvincePlan() {
        assertThat(units("各市人民政府", "340000")).containsExactly("city-gov");
    }

    @ParameterizedTest
    @ValueSource(strings = {"市政府各部门", "市直各部门", "市直部门", "市级各部门", "市政府各部门（见附件1）"})
    void shouldExpandCityDepartments(String phrase) {
        assertThat(units(phrase, CITY)).containsExactlyInAnyOrderElementsOf(CITY_DEPARTMENTS);
    }

    @Test
    void shouldExpandCityDepartmentsOfACountyPlanToTheEnclosingCity() {
        assertThat(units("市直各部门", LANGXI)).containsExactlyInAnyOrderElementsOf(CITY_DEPARTMENTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"市直各单位", "市直各部门（单位）"})
    void shouldAddPublicInstitutionsForUnits(String phrase) {
        assertThat(units(phrase, CITY))
                .containsAll(CITY_DEPARTMENTS)
                .contains("city-media")
                .hasSize(11);
    }

    @Test
    void shouldExpandCountyUnitsOfACountyPlan() {
        assertThat(units("县直各单位", LANGXI)).containsExactly("lx-drc", "lx-finance", "lx-hrss", "lx-media");
        assertThat(units("县直各部门", LANGXI)).containsExactly("lx-drc", "lx-finance", "lx-hrss");
        assertThat(units("县政府各部门", LANGXI)).containsExactly("lx-drc", "lx-finance", "lx-hrss");
    }

    @Test
    void shouldExpandDistrictDepartmentsOfADistrictPlan() {
        assertThat(units("区直各部门", XUANZHOU)).containsExactly("xz-drc", "xz-finance");
    }

    @Test
    void shouldExpandCountyDepartmentsOfEveryCountyInACityPlan() {
        assertThat(units("县直各部门", CITY)).hasSize(7).doesNotContain("lx-media", "city-finance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"各镇（办）", "各镇(办)", "各乡镇（街道）", "各镇人民政府", "各乡镇", "各镇", "各乡镇政府（街道办事处）"})
    void shouldExpandTownsWithinTheRegion(String phrase) {
        assertThat(units(phrase, LANGXI)).containsExactly("lx-jianping", "lx-meizhu");
        assertThat(units(phrase, CITY)).containsExactly("lx-jianping", "lx-meizhu");
        assertThat(units(phrase, XUANZHOU)).isEmpty();
    }

    @Test
    void shouldExpandEnterprisesAndPublicInstitutions() {
        assertThat(units("各企事业单位", CITY)).containsExactly("city-grid", "city-media", "lx-media", "lx-tea");
        assertThat(units("各企事业单位", LANGXI)).containsExactly("lx-media", "lx-tea");
        assertThat(units("各企业", LANGXI)).containsExactly("lx-tea");
        assertThat(units("各事业单位", LANGXI)).containsExactly("lx-media");
    }

    @ParameterizedTest
    @ValueSource(strings = {"市直有关部门", "市有关单位", "市有关单位（见附件1，下同）", "县政府有关部门", "有关部门", "有关单位", "重点领域相关单位", "各有关单位"})
    void shouldNeverExpandAmbiguousGroups(String phrase) {
        assertThat(expander.expand(phrase, false, CITY)).isEqualTo(new Expansion.Ambiguous(phrase));
    }

    @Test
    void shouldHonourTheParsersAmbiguousFlag() {
        assertThat(expander.expand("部门", true, CITY)).isEqualTo(new Expansion.Ambiguous("部门"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"市政府", "县政府", "市财政局", "各开发区", "", "各部门", "市部门"})
    void shouldLeaveUnknownPhrasesToTheOffice(String phrase) {
        assertThat(expander.expand(phrase, false, CITY)).isEqualTo(new Expansion.UnknownGroup(phrase));
    }

    @Test
    void shouldExpandAMentionAsPlanServiceSendsIt() {
        UnitMention counties = new UnitMention("各县(市、区)政府", "各县（市、区）政府", UnitRole.RESPONSIBLE, true, false);
        UnitMention some = new UnitMention("市有关单位(见附件1,下同)", "市有关单位", UnitRole.RESPONSIBLE, true, true);

        assertThat(expander.expand(counties, CITY)).isInstanceOf(Expansion.Concrete.class);
        assertThat(expander.expand(some, CITY)).isEqualTo(new Expansion.Ambiguous("市有关单位"));
        assertThat(expander.expand((UnitMention) null, CITY)).isEqualTo(new Expansion.UnknownGroup(""));
    }

    @Test
    void shouldExpandToNothingWithoutAValidPlanRegion() {
        assertThat(expander.expand("市直各部门", false, "nowhere")).isEqualTo(new Expansion.Concrete("市直各部门", List.of()));
    }

    private List<String> units(String phrase, String region) {
        Expansion expansion = expander.expand(phrase, false, region);
        assertThat(expansion).isInstanceOf(Expansion.Concrete.class);
        return DemoDirectory.ids(((Expansion.Concrete) expansion).units());
    }
}

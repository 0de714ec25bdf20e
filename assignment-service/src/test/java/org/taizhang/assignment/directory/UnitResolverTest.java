package org.taizhang.assignment.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.assignment.directory.DemoDirectory.CITY;
import static org.taizhang.assignment.directory.DemoDirectory.JINGXIAN;
import static org.taizhang.assignment.directory.DemoDirectory.LANGXI;
import static org.taizhang.assignment.directory.DemoDirectory.XUANZHOU;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitResolverTest {

    private final UnitResolver resolver = new UnitResolver(DemoDirectory.units());

    @ParameterizedTest
    @CsvSource({
        "宣城市发展和改革委员会, city-drc",
        "市发改委, city-drc",
        "市发展改革委, city-drc",
        "市 发展和改革委员会（见附件1）, city-drc",
        "市人社局, city-hrss",
        "市卫健委, city-health",
        "市市场监管局, city-samr",
        "市场监管局, city-samr",
        "市数据资源局, city-data",
        "市政府办, city-office",
        "市政府办公室, city-office",
        "市政务公开办, city-openness",
        "市教育局, city-edu",
        "市融媒体中心, city-media",
        "市政府, city-gov",
        "宣城市政府, city-gov"
    })
    void shouldResolveAbbreviationToCanonicalName(String name, String id) {
        assertThat(resolver.resolve(name, CITY)).isEqualTo(found(id));
    }

    @Test
    void shouldResolveACityPrefixToTheCityNotACounty() {
        assertThat(resolver.resolve("市财政局", CITY)).isEqualTo(found("city-finance"));
        assertThat(resolver.resolve("市财政局", LANGXI)).isEqualTo(found("city-finance"));
        assertThat(resolver.resolve("市发改委", "341821100")).isEqualTo(found("city-drc"));
    }

    @Test
    void shouldResolveACountyPrefixToThePlanCounty() {
        assertThat(resolver.resolve("县发改委", LANGXI)).isEqualTo(found("lx-drc"));
        assertThat(resolver.resolve("县财政局", LANGXI)).isEqualTo(found("lx-finance"));
        assertThat(resolver.resolve("县财政局", JINGXIAN)).isEqualTo(found("jx-finance"));
        assertThat(resolver.resolve("区发改委", XUANZHOU)).isEqualTo(found("xz-drc"));
        assertThat(resolver.resolve("县政府", LANGXI)).isEqualTo(found("lx-gov"));
        assertThat(resolver.resolve("县人社局", LANGXI)).isEqualTo(found("lx-hrss"));
    }

    @Test
    void shouldFindNoCountyUnitWhereThePlanCountyHasNone() {
        assertThat(resolver.resolve("县人社局", JINGXIAN)).isEqualTo(new Resolution.Unknown("县人社局"));
    }

    @Test
    void shouldReportACountyPrefixInACityPlanAsAmbiguous() {
        Resolution resolution = resolver.resolve("县发改委", CITY);

        assertThat(resolution).isInstanceOf(Resolution.Ambiguous.class);
        assertThat(DemoDirectory.ids(((Resolution.Ambiguous) resolution).candidates()))
                .containsExactly("jx-drc", "lx-drc", "xz-drc");
    }

    @Test
    void shouldPreferThePlanRegionsOwnUnitForAnUnprefixedName() {
        assertThat(resolver.resolve("发改委", LANGXI)).isEqualTo(found("lx-drc"));
        assertThat(resolver.resolve("发改委", CITY)).isEqualTo(found("city-drc"));
        assertThat(resolver.resolve("财政局", JINGXIAN)).isEqualTo(found("jx-finance"));
        assertThat(resolver.resolve("人社局", LANGXI)).isEqualTo(found("lx-hrss"));
    }

    @Test
    void shouldResolveAnUnprefixedNameAtTheEnclosingLevelWhenThePlanRegionHasNone() {
        assertThat(resolver.resolve("卫健委", LANGXI)).isEqualTo(found("city-health"));
    }

    @Test
    void shouldReportAnUnprefixedNameAsAmbiguousWithoutARegion() {
        assertThat(resolver.resolve("财政局", null)).isInstanceOf(Resolution.Ambiguous.class);
    }

    @Test
    void shouldResolveAPlaceNamePrefixWithinThatPlace() {
        assertThat(resolver.resolve("郎溪县财政局", CITY)).isEqualTo(found("lx-finance"));
        assertThat(resolver.resolve("泾县财政局", CITY)).isEqualTo(found("jx-finance"));
        assertThat(resolver.resolve("郎溪县发改委", CITY)).isEqualTo(found("lx-drc"));
        assertThat(resolver.resolve("宣州区发展改革委", CITY)).isEqualTo(found("xz-drc"));
        assertThat(resolver.resolve("郎溪县融媒中心", LANGXI)).isEqualTo(found("lx-media"));
        assertThat(resolver.resolve("郎溪县人民政府", "garbage")).isEqualTo(found("lx-gov"));
    }

    @Test
    void shouldMatchANonStandardNameCarryingAKnownPlaceAgainstAPrefixedName() {
        assertThat(resolver.resolve("县茶业有限公司", LANGXI)).isEqualTo(found("lx-tea"));
        assertThat(resolver.resolve("郎溪县 茶业有限公司", CITY)).isEqualTo(found("lx-tea"));
    }

    @Test
    void shouldNotResolveAPlaceTheDirectoryDoesNotKnow() {
        assertThat(resolver.resolve("广德市财政局", CITY)).isEqualTo(new Resolution.Unknown("广德市财政局"));
    }

    @Test
    void shouldMatchDirectoryNamesCarryingThePlaceAgainstAPrefixedName() {
        assertThat(resolver.resolve("县财政局", LANGXI)).isEqualTo(found("lx-finance"));
        assertThat(resolver.resolve("市司法局", CITY)).isEqualTo(found("city-justice"));
    }

    @Test
    void shouldKeepAnUnknownNameAsWritten() {
        assertThat(resolver.resolve("市外星人事务局", CITY)).isEqualTo(new Resolution.Unknown("市外星人事务局"));
        assertThat(resolver.resolve("", CITY)).isEqualTo(new Resolution.Unknown(""));
        assertThat(resolver.resolve(null, CITY)).isEqualTo(new Resolution.Unknown(null));
    }

    @Test
    void shouldNotResolveToAnotherCountysUnit() {
        assertThat(resolver.resolve("县发改委", JINGXIAN)).isEqualTo(found("jx-drc"));
        assertThat(resolver.resolve("发改委", JINGXIAN)).isEqualTo(found("jx-drc"));
    }

    @Test
    void shouldReportTwoEquallyFittingUnitsAsAmbiguous() {
        List<DirectoryUnit> units = List.of(
                new DirectoryUnit("a", "市财政局", List.of(), UnitKind.DEPARTMENT, UnitLevel.CITY, CITY, null),
                new DirectoryUnit("b", "宣城市财政局", List.of(), UnitKind.DEPARTMENT, UnitLevel.CITY, CITY, null));

        assertThat(new UnitResolver(units).resolve("财政局", CITY)).isEqualTo(new Resolution.Ambiguous(units));
    }

    @Test
    void shouldResolveACountyLevelCitysOwnCityPrefix() {
        DirectoryUnit finance = new DirectoryUnit(
                "ng-finance", "宁国市财政局", List.of(), UnitKind.DEPARTMENT, UnitLevel.COUNTY, "341881", null);

        assertThat(new UnitResolver(List.of(finance)).resolve("市财政局", "341881")).isEqualTo(found(finance));
    }

    @Test
    void shouldResolveThroughADirectoryAlias() {
        DirectoryUnit bureau = new DirectoryUnit(
                "x", "宣城市重点工程建设管理中心", List.of("市重点处"), UnitKind.PUBLIC_INSTITUTION, UnitLevel.CITY, CITY, null);

        assertThat(new UnitResolver(List.of(bureau)).resolve("市重点处", CITY)).isEqualTo(found(bureau));
    }

    private static Resolution found(String id) {
        return found(DemoDirectory.units().stream()
                .filter(unit -> unit.id().equals(id))
                .findFirst()
                .orElseThrow());
    }

    private static Resolution found(DirectoryUnit unit) {
        return new Resolution.Found(unit);
    }
}

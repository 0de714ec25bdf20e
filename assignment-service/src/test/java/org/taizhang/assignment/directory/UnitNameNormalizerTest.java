package org.taizhang.assignment.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitNameNormalizerTest {

    private final UnitNameNormalizer normalizer = UnitNameNormalizer.standard();

    @ParameterizedTest
    @CsvSource({
        "市发改委, 市发展和改革委员会",
        "市发展改革委, 市发展和改革委员会",
        "市人社局, 市人力资源和社会保障局",
        "市人力资源社会保障局, 市人力资源和社会保障局",
        "市卫健委, 市卫生健康委员会",
        "市卫生健康委, 市卫生健康委员会",
        "市住建局, 市住房和城乡建设局",
        "市市场监管局, 市市场监督管理局",
        "市自然资源局, 市自然资源和规划局",
        "市经信局, 市经济和信息化局",
        "市文旅局, 市文化和旅游局",
        "市交通局, 市交通运输局",
        "市应急局, 市应急管理局",
        "市医保局, 市医疗保障局",
        "市数据资源局, 市数据资源管理局",
        "市数据局, 市数据资源管理局",
        "市政务服务局, 市政务服务管理局",
        "市政管办, 市政务服务管理局",
        "市金融监管局, 市地方金融监督管理局",
        "县教体局, 县教育体育局",
        "县教育局, 县教育体育局",
        "市科技局, 市科学技术局",
        "市退役军人局, 市退役军人事务局",
        "市国资委, 市国有资产监督管理委员会",
        "市政府办, 市政府办公室",
        "市人民政府办公室, 市政府办公室",
        "市政务公开办, 市政务公开办公室",
        "县信访办, 县信访局",
        "县融媒中心, 县融媒体中心"
    })
    void shouldResolveAbbreviationToCanonicalName(String written, String canonical) {
        assertThat(normalizer.key(written)).isEqualTo(canonical);
        assertThat(normalizer.key(canonical)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"农业农村局", "生态环境局", "统计局", "审计局", "税务局", "财政局", "民政局", "司法局", "公安局", "商务局", "水利局", "林业局", "信访局"})
    void shouldKeepStandardNamesThatHaveNoAbbreviation(String name) {
        assertThat(normalizer.isStandard(name)).isTrue();
        assertThat(normalizer.key("市" + name)).isEqualTo("市" + name);
        assertThat(normalizer.normalize("县" + name)).isEqualTo(new NormalizedName("", "县", name));
    }

    @Test
    void shouldGiveTheSameKeyToAllFormsOfTheDevelopmentCommission() {
        assertThat(normalizer.key("市发改委"))
                .isEqualTo(normalizer.key("市发展改革委"))
                .isEqualTo(normalizer.key("市发展和改革委员会"))
                .isEqualTo(normalizer.key("市 发展改革委（见附件1，下同）"));
    }

    @Test
    void shouldKeepDifferentUnitsApart() {
        assertThat(normalizer.key("市财政局")).isNotEqualTo(normalizer.key("市税务局"));
        assertThat(normalizer.key("市发改委")).isNotEqualTo(normalizer.key("县发改委"));
        assertThat(normalizer.key("市政务服务管理局")).isNotEqualTo(normalizer.key("市数据资源管理局"));
        assertThat(normalizer.key("市政务服务中心")).isNotEqualTo(normalizer.key("市政务服务管理局"));
        assertThat(normalizer.key("市经信局")).isNotEqualTo(normalizer.key("市工信局"));
    }

    @Test
    void shouldTurnFullWidthFormsIntoHalfWidth() {
        assertThat(normalizer.clean("ＡＢＣ１２３（ｘ）局")).isEqualTo("abc123(x)局");
        assertThat(normalizer.compact("【市财政局】")).isEqualTo("(市财政局)");
        assertThat(normalizer.key("市12345热线")).isEqualTo(normalizer.key("市１２３４５热线"));
    }

    @Test
    void shouldRemoveAllWhitespace() {
        assertThat(normalizer.key(" 市 财 政\t局\n")).isEqualTo("市财政局");
        assertThat(normalizer.key("市\u3000财政局\u00A0\u200B")).isEqualTo("市财政局");
    }

    @Test
    void shouldStripTrailingAnnotations() {
        assertThat(normalizer.key("市财政局（见附件1）")).isEqualTo("市财政局");
        assertThat(normalizer.key("市财政局(见附件1,下同)")).isEqualTo("市财政局");
        assertThat(normalizer.key("市自然资源和规划局（市林业局）")).isEqualTo("市自然资源和规划局");
        assertThat(normalizer.key("市财政局、")).isEqualTo("市财政局");
    }

    @Test
    void shouldKeepABracketThatIsTheWholeName() {
        assertThat(normalizer.clean("（管委会）")).isEqualTo("(管委会)");
    }

    @Test
    void shouldReadPeoplesGovernmentAsGovernment() {
        assertThat(normalizer.key("宣城市人民政府")).isEqualTo(normalizer.key("宣城市政府"));
        assertThat(normalizer.normalize("县人民政府")).isEqualTo(new NormalizedName("", "县", "政府"));
    }

    @Test
    void shouldSplitTheLevelPrefixFromTheCore() {
        NormalizedName name = normalizer.normalize("县发改委");

        assertThat(name).isEqualTo(new NormalizedName("", "县", "发展和改革委员会"));
        assertThat(name.prefixLevel()).contains(UnitLevel.COUNTY);
        assertThat(normalizer.normalize("区发改委").prefixLevel()).contains(UnitLevel.COUNTY);
        assertThat(normalizer.normalize("市发改委").prefixLevel()).contains(UnitLevel.CITY);
        assertThat(normalizer.normalize("发改委").prefixLevel()).isEmpty();
    }

    @Test
    void shouldNotTakeTheMarketOfMarketSupervisionForALevelPrefix() {
        assertThat(normalizer.normalize("市场监管局")).isEqualTo(new NormalizedName("", "", "市场监督管理局"));
        assertThat(normalizer.normalize("县市场监管局")).isEqualTo(new NormalizedName("", "县", "市场监督管理局"));
        assertThat(normalizer.normalize("市民政局")).isEqualTo(new NormalizedName("", "市", "民政局"));
        assertThat(normalizer.normalize("市场服务中心")).isEqualTo(new NormalizedName("", "", "市场服务中心"));
    }

    @Test
    void shouldTakeALevelPrefixOffAnUnknownName() {
        assertThat(normalizer.normalize("市重点项目服务中心")).isEqualTo(new NormalizedName("", "市", "重点项目服务中心"));
    }

    @Test
    void shouldSplitAPlaceNameFromAStandardName() {
        assertThat(normalizer.normalize("郎溪县财政局")).isEqualTo(new NormalizedName("郎溪县", "", "财政局"));
        assertThat(normalizer.normalize("泾县发改委")).isEqualTo(new NormalizedName("泾县", "", "发展和改革委员会"));
        assertThat(normalizer.normalize("宣城市市场监管局")).isEqualTo(new NormalizedName("宣城市", "", "市场监督管理局"));
        assertThat(normalizer.normalize("郎溪县人民政府")).isEqualTo(new NormalizedName("郎溪县", "", "政府"));
    }

    @Test
    void shouldGiveAnEmptyKeyToNoText() {
        assertThat(normalizer.key(null)).isEmpty();
        assertThat(normalizer.key("  、 ")).isEmpty();
        assertThat(normalizer.normalize("").isEmpty()).isTrue();
    }

    @Test
    void shouldUseTheCatalogueItIsGiven() {
        StandardDepartments catalogue =
                StandardDepartments.parse(new java.io.StringReader("canonical,aliases,kind\n甲局,乙局,\n"));
        UnitNameNormalizer custom = new UnitNameNormalizer(catalogue);

        assertThat(custom.key("市乙局")).isEqualTo("市甲局");
        assertThat(custom.key("市发改委")).isEqualTo("市发改委");
    }
}

package org.taizhang.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.taizhang.reporting.compute.CompletionPoint;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgChartsTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    @Test
    void shouldDrawCompletionOverTimeAsWellFormedSvg() throws Exception {
        List<CompletionPoint> points = List.of(
                new CompletionPoint(LocalDate.of(2026, 1, 1), 0, 0),
                new CompletionPoint(LocalDate.of(2026, 4, 1), 25, 40),
                new CompletionPoint(LocalDate.of(2026, 12, 31), 80, 90));

        Document svg = parse(SvgCharts.completionLine("完成率变化", points));

        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagNameNS(SVG, "polyline").getLength()).isEqualTo(2);
        Element tasks = (Element) svg.getElementsByTagNameNS(SVG, "polyline").item(1);
        assertThat(tasks.getAttribute("points").split(" "))
                .hasSize(3)
                .startsWith("44,220")
                .endsWith("624,66.4");
        assertThat(svg.getElementsByTagNameNS(SVG, "title").item(0).getTextContent())
                .isEqualTo("完成率变化");
        assertThat(svg.getDocumentElement().getTextContent()).contains("1月1日", "12月31日");
    }

    @Test
    void shouldSaySoWhenThereIsNoHistoryYet() throws Exception {
        Document svg = parse(SvgCharts.completionLine("完成率变化", List.of()));

        assertThat(svg.getDocumentElement().getTextContent()).contains("暂无数据");
        assertThat(svg.getElementsByTagNameNS(SVG, "polyline").getLength()).isZero();
    }

    @Test
    void shouldDrawOneBarPerItemWithItsValue() throws Exception {
        List<SvgCharts.Bar> bars =
                List.of(new SvgCharts.Bar("郎溪县", 100), new SvgCharts.Bar("泾县", 33.3), new SvgCharts.Bar("宣州区", 120));

        Document svg = parse(SvgCharts.bars("各县（市、区）完成率", bars));

        assertThat(svg.getElementsByTagNameNS(SVG, "rect").getLength()).isEqualTo(3);
        assertThat(svg.getDocumentElement().getTextContent())
                .contains("33.3%", "郎溪县")
                .doesNotContain("120%");
    }

    @Test
    void shouldEscapeLabelsSoTheMarkupStaysWellFormed() throws Exception {
        String title = "A&B <县> \"完成\"";

        Document svg = parse(SvgCharts.bars(title, List.of(new SvgCharts.Bar("一、紧扣“十四五”开好局起好步深化政务公开", 50))));

        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo(title);
        assertThat(svg.getDocumentElement().getTextContent()).contains("一、紧扣“十四五…");
    }

    @Test
    void shouldFillAHorizontalBarToTheCompletion() throws Exception {
        Document svg = parse(SvgCharts.completionBar(66.7, 200));

        Element fill = (Element) svg.getElementsByTagNameNS(SVG, "rect").item(1);
        assertThat(fill.getAttribute("width")).isEqualTo("133.4");
        assertThat(svg.getDocumentElement().getTextContent()).contains("66.7%");
        assertThat(SvgCharts.completionBar(-5, 100)).contains("width=\"0\"");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}

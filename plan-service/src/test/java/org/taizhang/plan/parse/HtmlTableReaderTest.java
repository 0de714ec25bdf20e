package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTableReaderTest {

    private final HtmlTableReader reader = new HtmlTableReader();

    private List<List<String>> read(String html) {
        return reader.read(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRepeatRowspanCellDownTheRowsItCovers() {
        List<List<String>> rows = read("<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
                + "<tr><td>1</td><td>公开政策文件</td><td rowspan=\"3\">市政府办公室</td></tr>"
                + "<tr><td>2</td><td>公开权责清单</td></tr>"
                + "<tr><td>3</td><td>公开预决算</td></tr></table>");

        assertThat(rows).extracting(r -> r.get(2)).containsExactly("责任单位", "市政府办公室", "市政府办公室", "市政府办公室");
        assertThat(rows.get(2)).containsExactly("2", "公开权责清单", "市政府办公室");
    }

    @Test
    void shouldPlaceCellsAfterASpanInTheirGridColumns() {
        List<List<String>> rows = read("<table><tr><td rowspan=2>一、深化公开</td><td>1</td><td>公开文件</td></tr>"
                + "<tr><td>2</td><td>公开清单</td></tr>"
                + "<tr><td colspan=3>二、优化服务</td></tr></table>");

        assertThat(rows.get(1)).containsExactly("一、深化公开", "2", "公开清单");
        assertThat(rows.get(2)).containsExactly("二、优化服务", "", "");
    }

    @Test
    void shouldClampHostileSpansSoAPageCannotBlowMemory() {
        List<List<String>> rows = read("<table><tr><td rowspan=999999999 colspan=100000>任务</td><td>单位</td></tr>"
                + "<tr><td>公开</td></tr><tr><td colspan=-4 rowspan=x>a</td></tr></table>");

        assertThat(rows).hasSize(3);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSizeLessThanOrEqualTo(60));
        assertThat(rows.get(1).get(0)).isEqualTo("任务");
    }

    @Test
    void shouldReadADeeplyNestedPageInLinearTime() {
        String page = "<table><tr><td>".repeat(20_000) + HtmlPages.table(TaskTables.ROWS);

        List<List<String>> rows = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(page));

        assertThat(rows).isEqualTo(TaskTables.ROWS);
    }

    @Test
    void shouldPickTheTaskTableNestedInALayoutTable() {
        String nav = "<table><tr><td>首页</td><td>政务公开</td></tr></table>";
        String page = "<html><body><table><tr><td>" + nav + "</td></tr><tr><td>"
                + HtmlPages.table(TaskTables.ROWS) + "</td></tr></table>"
                + "<table><tr><td>版权所有</td><td>网站地图</td></tr></table></body></html>";

        assertThat(read(page)).isEqualTo(TaskTables.ROWS);
    }

    @Test
    void shouldContinueTheTaskTableWithFollowingTablesOfTheSameWidth() {
        String page = "<html><body>" + HtmlPages.table(TaskTables.ROWS.subList(0, 3)) + "<p>第2页</p>"
                + HtmlPages.table(TaskTables.ROWS.subList(3, 4)) + "<table><tr><td>打印</td></tr></table></body></html>";

        assertThat(read(page)).isEqualTo(TaskTables.ROWS);
    }

    @Test
    void shouldTurnBreaksAndParagraphsIntoLinesAndIgnoreScripts() {
        List<List<String>> rows = read("<html><head><style>td{color:red}</style></head><body><table>"
                + "<tr><td>工作任务</td><td>要求</td></tr><tr><td>公开&nbsp;&nbsp;文件<br>及时更新</td>"
                + "<td><p>第一段</p><p>  第二\n  段 </p><script>alert(1)</script></td></tr></table></body></html>");

        assertThat(rows.get(1)).containsExactly("公开 文件\n及时更新", "第一段\n第二 段");
    }

    @Test
    void shouldHonourTheDeclaredGbkCharset() {
        String page =
                "<html><head><meta charset=\"GBK\"></head><body>" + HtmlPages.table(TaskTables.ROWS) + "</body></html>";

        assertThat(reader.read(page.getBytes(Charset.forName("GBK")))).isEqualTo(TaskTables.ROWS);
    }

    @Test
    void shouldDetectGb18030WhenNoCharsetIsDeclared() {
        String page = "<html><body>" + HtmlPages.table(TaskTables.ROWS) + "</body></html>";

        assertThat(reader.read(page.getBytes(Charset.forName("GB18030")))).isEqualTo(TaskTables.ROWS);
    }

    @Test
    void shouldRecogniseHtmlByContentNotByName() {
        assertThat(HtmlTableReader.looksLikeHtml("\uFEFF\n  <!DOCTYPE HTML><html>".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(HtmlTableReader.looksLikeHtml(
                        "<!-- saved from url=(0040)http://www.gov.cn/ -->\n<HTML>".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(HtmlTableReader.looksLikeHtml("  <TABLE><tr><td>任务".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(HtmlTableReader.looksLikeHtml("序号\t工作任务\n1\t公开<html>".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }

    @Test
    void shouldRejectAPageWithoutATable() {
        assertThatThrownBy(() -> read("<html><body><p>通知</p></body></html>"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("没有找到表格");
    }

    @Test
    void shouldRejectBinaryContentDressedAsHtml() {
        byte[] binary = new byte[200];
        System.arraycopy("<html>".getBytes(StandardCharsets.US_ASCII), 0, binary, 0, 6);

        assertThatThrownBy(() -> reader.read(binary)).isInstanceOf(ImportRejectedException.class);
    }
}

package org.taizhang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    private static final Machine MACHINE = new Machine("cpu", 2, 24000, "Linux", "17", "2026-11-22T00:00:00Z", "abc");

    @Test
    void shouldMarkEachFigureAgainstItsTarget() {
        List<Figure> figures = List.of(
                Figure.of("progress", "batch p99", 618, "ms").against("<= 1000 ms", true),
                Figure.of("progress", "single vs pgbench", 9.3, "%").against(">= 50 %", false),
                Figure.of("limit", "COPY", 32607, "rows/s"));

        String table = Report.table(MACHINE, figures);

        assertThat(table)
                .contains("| progress | batch p99 | 618 ms | <= 1000 ms | met |")
                .contains("| 9.30 % | >= 50 % | NOT met |")
                .contains("| limit | COPY | 32607 rows/s |  |  |");
    }

    @Test
    void shouldWriteJsonWithEscapedText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/latest.json");

        Report.writeJson(
                file, MACHINE, List.of(Figure.of("s", "quote \" and \\", 1, "x").noting("line\nbreak")));

        assertThat(Files.readString(file))
                .contains("\"name\":\"quote \\\" and \\\\\"")
                .contains("\"note\":\"line\\nbreak\"")
                .contains("\"met\":null")
                .contains("\"commit\": \"abc\"");
    }
}

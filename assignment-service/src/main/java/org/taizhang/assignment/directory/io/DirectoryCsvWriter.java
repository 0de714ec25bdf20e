package org.taizhang.assignment.directory.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.taizhang.platform.csv.CsvCells;

/**
 * Writes directory rows as CSV: UTF-8 with a BOM (without it Excel on Chinese Windows reads the file as GBK and shows
 * mojibake), CRLF line ends and RFC 4180 quoting with formulas neutralised ({@link CsvCells}), header
 * {@code id,name,aliases,kind,level,regionCode,parentId}, aliases joined by {@code |}. {@link DirectoryReader} reads
 * the output back to the same rows.
 */
public final class DirectoryCsvWriter {

    private static final String BOM = "\uFEFF";
    private static final String LINE_END = "\r\n";

    public byte[] write(List<DirectoryRow> rows) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, DirectoryColumn.header());
        for (DirectoryRow row : rows) {
            line(
                    out,
                    Arrays.stream(DirectoryColumn.values())
                            .map(column -> column.valueIn(row))
                            .toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.append(',');
            }
            out.append(CsvCells.cell(cells.get(c)));
        }
        out.append(LINE_END);
    }
}

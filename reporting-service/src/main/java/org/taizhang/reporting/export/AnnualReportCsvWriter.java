package org.taizhang.reporting.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.taizhang.platform.csv.CsvCells;
import org.taizhang.reporting.compute.AnnualReport;

/**
 * Writes the 落实情况 table as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted,
 * quotes doubled; formulas neutralised, see {@link CsvCells}). UTF-8 with a byte-order mark, without which Excel reads the Chinese as the local ANSI code page.
 * A section heading is a line with the heading in the first field and the others empty.
 */
public final class AnnualReportCsvWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String CRLF = "\r\n";

    public byte[] write(AnnualReport report) {
        StringBuilder csv = new StringBuilder();
        record(csv, AnnualReport.HEADER);
        int columns = AnnualReport.HEADER.size();
        for (AnnualReport.Line line : report.lines()) {
            record(
                    csv,
                    line.isHeading()
                            ? headingFields(line.heading(), columns)
                            : line.row().cells());
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    private static List<String> headingFields(String heading, int columns) {
        List<String> fields = new ArrayList<>(Collections.nCopies(columns, ""));
        fields.set(0, heading);
        return fields;
    }

    private static void record(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(AnnualReportCsvWriter::field).collect(Collectors.joining(",")));
        csv.append(CRLF);
    }

    static String field(String value) {
        return CsvCells.cell(value);
    }
}

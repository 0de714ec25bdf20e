package org.taizhang.assignment.directory.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;

/** Files as offices send them, built in memory for the reader tests. */
final class DirectoryFiles {

    static final String HEADER = "id,name,aliases,kind,level,regionCode,parentId";

    private DirectoryFiles() {}

    /** Lines joined by CRLF in UTF-8 without BOM. */
    static byte[] csv(String... lines) {
        return csv(StandardCharsets.UTF_8, lines);
    }

    static byte[] csv(Charset charset, String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    static byte[] withBom(byte[] content) {
        byte[] out = new byte[content.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(content, 0, out, 3, content.length);
        return out;
    }

    /** A workbook whose first sheet holds these rows; numbers stay numeric cells, as when typed into Excel. */
    static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("名录");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("not read");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DirectoryRow city() {
        return new DirectoryRow(
                "341800-gov", "宣城市人民政府", List.of("市政府"), UnitKind.GOVERNMENT, UnitLevel.CITY, "341800", null);
    }

    static DirectoryRow department(String id, String name, String parentId) {
        return new DirectoryRow(id, name, List.of(), UnitKind.DEPARTMENT, UnitLevel.CITY, "341800", parentId);
    }
}

package org.taizhang.plan.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Writes rows of cells as .xlsx and .docx files, the way an office would save its plan. */
final class OfficeFiles {

    private OfficeFiles() {}

    static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("任务分工");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] docx(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("政务公开重点工作任务分工");
            XWPFTable table = document.createTable(rows.size(), width);
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                for (int c = 0; c < width; c++) {
                    String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                    row.getCell(c).setText(text);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks a docx cell as the start or the continuation of a vertical merge. */
    static void verticalMerge(XWPFTableCell cell, boolean start) {
        properties(cell).addNewVMerge().setVal(start ? STMerge.RESTART : STMerge.CONTINUE);
    }

    static void gridSpan(XWPFTableCell cell, int columns) {
        properties(cell).addNewGridSpan().setVal(BigInteger.valueOf(columns));
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        return properties != null ? properties : cell.getCTTc().addNewTcPr();
    }
}

package org.taizhang.plan.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Writes a {@link PlanTable} as a .docx: a title, then one table with a repeated header row and section rows spanning
 * all columns, on A4 landscape. East-Asian fonts are set on every run so that Word and WPS render Chinese correctly.
 */
public final class DocxPlanWriter {

    private static final int[] WIDTHS_TWIPS = {700, 3200, 5600, 1900, 2600, 1400};

    public byte[] write(PlanTable table) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            landscape(document);
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, table.title(), "黑体", 16, true);
            XWPFTable grid = document.createTable(1, WIDTHS_TWIPS.length);
            grid.setWidth("100%");
            XWPFTableRow header = grid.getRow(0);
            header.setRepeatHeader(true);
            for (int c = 0; c < WIDTHS_TWIPS.length; c++) {
                write(header.getCell(c), PlanTable.HEADER.get(c), "黑体", true, c);
            }
            for (PlanTable.Row row : table.rows()) {
                XWPFTableRow line = grid.createRow();
                if (row.isSection()) {
                    section(line, row.section());
                } else {
                    for (int c = 0; c < WIDTHS_TWIPS.length; c++) {
                        write(line.getCell(c), row.cells().get(c), "宋体", false, c);
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(XWPFTableRow line, String title) {
        while (line.getTableCells().size() > 1) {
            line.removeCell(line.getTableCells().size() - 1);
        }
        XWPFTableCell cell = line.getCell(0);
        cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(WIDTHS_TWIPS.length));
        write(cell, title, "黑体", true, -1);
    }

    private static void write(XWPFTableCell cell, String text, String font, boolean bold, int column) {
        if (column >= 0) {
            cell.setWidth(String.valueOf(WIDTHS_TWIPS[column]));
        }
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        run(paragraph, text, font, 10.5, bold);
    }

    private static void run(XWPFParagraph paragraph, String text, String font, double size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text == null ? "" : text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(font, FontCharRange.eastAsia);
        run.setFontFamily(font, FontCharRange.ascii);
        run.setFontFamily(font, FontCharRange.hAnsi);
    }

    private static void landscape(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
    }
}

package org.taizhang.plan.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the task table of a text PDF into rows of cells. Bordered tables are read from their rulings ({@link
 * PdfGrid}): merged cells repeat their text in every row they cover, the pages' tables are concatenated, and the text
 * above the first table comes first as one-cell rows. A PDF without any ruled table is read through the
 * gaps in its text ({@link PdfGutters}).
 */
public final class PdfTableReader {

    private static final int MAX_PAGES = 500;
    private static final int MAX_GLYPHS = 2_000_000;
    private static final int MAX_ROWS = 20_000;
    private static final int MAX_COLUMNS = 60;
    /** Decoded streams are held in memory, but no more than this: a hostile file cannot inflate without bound. */
    private static final long MAX_MEMORY = 256L * 1024 * 1024;

    /** Rows of the document's task table; throws {@link ImportRejectedException} when it cannot be read. */
    public List<List<String>> read(byte[] content) {
        try (PDDocument document = Loader.loadPDF(
                content, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
            return rows(document);
        } catch (InvalidPasswordException e) {
            throw new ImportRejectedException(
                    "加密的 PDF 文件需要密码才能打开，请解除密码保护后再导入。 (The PDF is encrypted: remove the password and retry.)", e);
        } catch (PdfGlyphs.TooMuchText e) {
            throw new ImportRejectedException("PDF 文件的文字内容过多，无法导入。 (The PDF holds too much text.)", e);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            throw OfficeFailures.of("PDF", e);
        }
    }

    private static List<List<String>> rows(PDDocument document) throws IOException {
        int pages = Math.min(document.getNumberOfPages(), MAX_PAGES);
        List<List<PdfGlyph>> glyphs = PdfGlyphs.of(document, pages, MAX_GLYPHS);
        if (glyphs.stream().allMatch(List::isEmpty)) {
            throw new ImportRejectedException("PDF 文件中没有可读取的文字（可能是扫描图片），请先进行文字识别（OCR）或转换为 Word/Excel 后导入。"
                    + " (The PDF holds no text, probably a scanned image: OCR it or convert it to .docx/.xlsx.)");
        }
        List<List<String>> rows = new ArrayList<>();
        PdfPageBreaks tables = new PdfPageBreaks();
        boolean ruled = false;
        for (int page = 0; page < glyphs.size(); page++) {
            PdfGrid grid = PdfGrid.of(PdfRulings.of(document.getPage(page)), MAX_COLUMNS, MAX_ROWS);
            if (grid == null) {
                continue;
            }
            if (!ruled) {
                rows.addAll(PdfPageText.above(glyphs.get(page), grid));
                ruled = true;
            }
            tables.add(grid.table(glyphs.get(page)));
        }
        if (!ruled) {
            // no bordered table anywhere: columns and rows are read from the gaps in the text
            for (List<PdfGlyph> page : glyphs) {
                List<PdfGlyph> text = PdfPageText.withoutPageNumbers(page);
                PdfGutters gutters = PdfGutters.of(text);
                PdfGrid grid = PdfGrid.of(gutters.horizontal(), gutters.vertical(), MAX_COLUMNS, MAX_ROWS);
                if (grid != null) {
                    tables.add(grid.table(text));
                }
            }
        }
        rows.addAll(tables.rows());
        return rows.size() > MAX_ROWS ? new ArrayList<>(rows.subList(0, MAX_ROWS)) : rows;
    }
}

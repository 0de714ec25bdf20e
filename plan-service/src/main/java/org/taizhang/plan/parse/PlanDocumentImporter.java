package org.taizhang.plan.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Imports a task-division document: picks the reader by the file's content (a zip with {@code word/} is .docx, with
 * {@code xl/} .xlsx; an OLE2 compound file is .doc or .xls by its streams; markup starting with {@code <html} or
 * {@code <table} is an HTML page; text with a consistent number of commas or semicolons per line is CSV; anything else
 * is read as text), parses the table and interprets deadlines and units. The file name is only used in messages; a
 * renamed file is still read by what it is.
 */
public final class PlanDocumentImporter {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final int MAX_ZIP_ENTRIES = 5_000;

    private final TaskTableParser parser = new TaskTableParser();
    private final TaskInterpreter interpreter = new TaskInterpreter();

    /** The tasks and diagnostics of {@code content}; throws {@link ImportRejectedException} when it cannot be read. */
    public ParsedDocument read(byte[] content, String filename, int planYear) {
        // one classifier per document: the text reader and the table parser judge the same cells
        CellClassifier cells = new CellClassifier();
        return interpreter.interpret(parser.parse(rows(content, filename, cells), cells), planYear);
    }

    /** The table rows of {@code content}, whatever its format. */
    public List<List<String>> rows(byte[] content, String filename) {
        return rows(content, filename, new CellClassifier());
    }

    private List<List<String>> rows(byte[] content, String filename, CellClassifier cells) {
        String name = filename == null ? "" : filename;
        if (content == null || content.length == 0) {
            throw new ImportRejectedException("文件“" + name + "”为空，请选择要导入的任务分工表。 (The file is empty.)");
        }
        if (content.length > MAX_BYTES) {
            throw new ImportRejectedException("文件“" + name + "”超过20MB，请精简后再导入。 (The file is larger than 20 MB.)");
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return zipped(content, name);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Ole2Documents.rows(content, name, cells);
        }
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
            return new PdfTableReader().read(content);
        }
        if (HtmlTableReader.looksLikeHtml(content)) {
            return new HtmlTableReader().read(content);
        }
        String text = TextDecoder.decode(content);
        if (CsvTableReader.looksLikeCsv(text)) {
            return new CsvTableReader().read(text);
        }
        return new TextTableReader().read(content, cells);
    }

    private List<List<String>> zipped(byte[] content, String name) {
        String kind = officeKind(content);
        if ("word".equals(kind)) {
            return new DocxTableReader().read(content);
        }
        if ("xl".equals(kind)) {
            return new SpreadsheetTableReader().readXlsx(content);
        }
        throw new ImportRejectedException("“" + name + "”是压缩文件但不是 Word（.docx）或 Excel（.xlsx）文件，无法导入。"
                + " (A zip file that is neither .docx nor .xlsx.)");
    }

    /** "word" or "xl" from the zip's entry names (names only: nothing is inflated), null when neither. */
    private static String officeKind(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
                if (entry.getName().startsWith("word/")) {
                    return "word";
                }
                if (entry.getName().startsWith("xl/")) {
                    return "xl";
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            throw OfficeFailures.of("Office", e);
        }
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}

package org.taizhang.plan.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a legacy Office file (an OLE2 compound file): a {@code WordDocument} stream makes it a .doc, a
 * {@code Workbook} (or older {@code Book}) stream a .xls. Password-protected files are rejected with a message saying
 * so: encrypted .docx/.xlsx also arrive as OLE2 files holding an {@code EncryptedPackage} stream.
 */
final class Ole2Documents {

    private Ole2Documents() {}

    static List<List<String>> rows(byte[] content, String name, CellClassifier classifier) {
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            Set<String> entries = file.getRoot().getEntryNames();
            if (entries.contains("EncryptedPackage") || entries.contains("EncryptionInfo")) {
                throw OfficeFailures.passwordProtected(null);
            }
            if (entries.contains("WordDocument")) {
                return new LegacyWordReader().read(file, classifier);
            }
            if (entries.contains("Workbook") || entries.contains("Book")) {
                return new SpreadsheetTableReader().readXls(file);
            }
        } catch (IOException | RuntimeException e) {
            throw OfficeFailures.of("Office", e);
        }
        throw new ImportRejectedException("“" + name + "”是 Office 复合文档，但不是 Word（.doc）或 Excel（.xls）文件，无法导入。"
                + " (An OLE2 file that is neither .doc nor .xls.)");
    }
}

package org.taizhang.assignment.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of file an upload is, judged by its first bytes and never by its name: PDF, PNG, JPEG, GIF, WebP, Word and
 * Excel documents (OOXML and the legacy OLE2 ones). Everything else is refused with what it looks like instead.
 */
public final class EvidenceContentTypes {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String GIF = "image/gif";
    public static final String WEBP = "image/webp";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOC = "application/msword";
    public static final String XLS = "application/vnd.ms-excel";

    /** The kinds accepted, as people name them, for the refusal's message. */
    public static final String ACCEPTED = "PDF, PNG, JPEG, GIF, WebP, DOCX, XLSX, DOC or XLS";

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] OLE2_MAGIC = {
        (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
    };
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private EvidenceContentTypes() {}

    /** The detected content type, or empty when the content is none of the accepted kinds. */
    public static Optional<String> detect(byte[] content) {
        if (startsWith(content, 0, ascii("%PDF-"))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, ascii("GIF87a")) || startsWith(content, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(content, 0, ascii("RIFF")) && startsWith(content, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, 0, ZIP_MAGIC)) {
            return ooxml(ZipEntryNames.of(content));
        }
        if (startsWith(content, 0, OLE2_MAGIC)) {
            return legacyOffice(content);
        }
        return Optional.empty();
    }

    /** What refused content looks like, for a message that says what it is not. */
    public static String describe(byte[] content) {
        if (startsWith(content, 0, ZIP_MAGIC)) {
            return "a ZIP archive that is not a Word or Excel document";
        }
        if (startsWith(content, 0, OLE2_MAGIC)) {
            return "an OLE2 compound file that is not a Word or Excel document";
        }
        if (startsWith(content, 0, ascii("RIFF"))) {
            return "a RIFF file that is not a WebP image";
        }
        return "content of an unrecognised kind";
    }

    private static Optional<String> ooxml(java.util.Set<String> names) {
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    /** An OLE2 file's directory names its streams in UTF-16LE: Word keeps WordDocument, Excel Workbook (or Book). */
    private static Optional<String> legacyOffice(byte[] content) {
        if (contains(content, utf16("WordDocument"))) {
            return Optional.of(DOC);
        }
        if (contains(content, utf16("Workbook")) || contains(content, utf16("Book\0"))) {
            return Optional.of(XLS);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] magic) {
        return content.length >= offset + magic.length
                && Arrays.equals(content, offset, offset + magic.length, magic, 0, magic.length);
    }

    private static boolean contains(byte[] content, byte[] needle) {
        for (int i = 0; i + needle.length <= content.length; i++) {
            if (Arrays.equals(content, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16LE);
    }
}

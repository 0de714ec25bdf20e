package org.taizhang.plan.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes uploaded text: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030; rejects binary content. */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {}

    static String decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ImportRejectedException("文件为空，请选择要导入的任务分工表。 (The file is empty.)");
        }
        String text = decodeAny(bytes);
        requireText(text);
        return text;
    }

    private static String decodeAny(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return strict(StandardCharsets.UTF_8, bytes);
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(GB18030, bytes);
            } catch (CharacterCodingException notGb) {
                throw unreadable();
            }
        }
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static void requireText(String text) {
        long control = text.chars()
                .filter(c -> c == 0
                        || c == 0xFFFD
                        || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                        || c == 0x7F)
                .count();
        if (text.indexOf('\0') >= 0 || control > text.length() * MAX_CONTROL_SHARE) {
            throw unreadable();
        }
        if (text.isBlank()) {
            throw new ImportRejectedException("文件为空，请选择要导入的任务分工表。 (The file is empty.)");
        }
    }

    private static ImportRejectedException unreadable() {
        return new ImportRejectedException("无法读取文件内容：文件不是文本或 CSV 表格、网页、Excel（.xlsx/.xls）或 Word（.docx/.doc）文件，或已损坏。"
                + " (Unreadable file: not a text or CSV table, HTML page, .xlsx/.xls or .docx/.doc, or corrupt.)");
    }
}

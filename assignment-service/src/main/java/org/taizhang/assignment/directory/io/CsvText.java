package org.taizhang.assignment.directory.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of an uploaded CSV file: UTF-8 with or without BOM, else GB18030, the superset of the GBK that
 * Excel on Chinese Windows saves "CSV (逗号分隔)" in. Bytes that are neither, or hold NULs, are no text file.
 */
final class CsvText {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvText() {}

    /** The text of the file; empty when the bytes are not text in either encoding. */
    static Optional<String> decode(byte[] bytes) {
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else {
            text = strict(StandardCharsets.UTF_8, bytes)
                    .or(() -> strict(GB18030, bytes))
                    .orElse(null);
        }
        return text == null || text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
    }

    private static Optional<String> strict(Charset charset, byte[] bytes) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}

package org.taizhang.platform.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks the raw (still percent-encoded) path or query of a request: what it decodes to must be UTF-8 text without
 * control characters, which no identifier, code or search text of Taizhang contains and which PostgreSQL refuses
 * (NUL) or logs and pages would carry as line breaks.
 */
public final class UriText {

    private UriText() {}

    /** What is wrong with the raw text, or empty when it is clean. */
    public static Optional<String> defect(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = unescape(raw);
        } catch (IllegalArgumentException e) {
            return Optional.of("a malformed percent escape");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return Optional.of("bytes that are not UTF-8");
        }
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)
                ? Optional.of("a control character")
                : Optional.empty();
    }

    private static byte[] unescape(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("truncated escape");
                }
                out.write(hex(raw.charAt(i + 1)) << 4 | hex(raw.charAt(i + 2)));
                i += 2;
            } else if (c <= 0xFF) {
                // the HTTP layer reads the request line byte by byte, one char per byte
                out.write(c);
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(encoded, 0, encoded.length);
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        int digit = Character.digit(c, 16);
        if (digit < 0) {
            throw new IllegalArgumentException("not a hex digit: " + c);
        }
        return digit;
    }
}

package org.taizhang.platform.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The opaque text of a keyset cursor ({@code after}/{@code next}): URL-safe Base64 of a list's mark, its fields (each
 * marked present or null) and a check digest, so that a cursor of another list, a cut or an edited one is refused as
 * an {@link InvalidCursorException} rather than read. The digest is not a secret: a cursor is a position in a list
 * the request's own filters and access rules still bound, never a permission.
 */
public final class CursorText {

    /** The longest cursor any list takes. */
    public static final int MAX_LENGTH = 2048;

    private static final char SEPARATOR = '\u0000';
    private static final int DIGEST_HEX = 16;

    private CursorText() {}

    /** The cursor of these fields (null allowed) for the list marked {@code mark}. */
    public static String encode(String mark, List<String> fields) {
        StringBuilder text = new StringBuilder(mark);
        for (String field : fields) {
            text.append(SEPARATOR).append(field == null ? "-" : "=" + field);
        }
        String digest = digest(text);
        text.append(SEPARATOR).append(digest);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code count} fields of a cursor this class wrote for {@code mark}; anything else is refused. */
    public static List<String> decode(String mark, int count, String cursor) {
        if (cursor == null || cursor.isBlank() || cursor.length() > MAX_LENGTH) {
            throw new InvalidCursorException("is empty or longer than " + MAX_LENGTH + " characters");
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("is not URL-safe Base64");
        }
        List<String> parts = split(text);
        int end = text.lastIndexOf(SEPARATOR);
        if (parts.size() != count + 2
                || !mark.equals(parts.get(0))
                || !digest(text.substring(0, end)).equals(parts.get(count + 1))) {
            throw new InvalidCursorException("was not issued by this list, or was changed");
        }
        List<String> fields = new ArrayList<>();
        for (String part : parts.subList(1, count + 1)) {
            if (part.equals("-")) {
                fields.add(null);
            } else if (part.startsWith("=")) {
                fields.add(part.substring(1));
            } else {
                throw new InvalidCursorException("was not issued by this list");
            }
        }
        return fields;
    }

    /**
     * A short digest of the values a cursor holds good for only (a list's filters): a cursor keeps it, and a request
     * whose values digest otherwise is refused instead of continued.
     */
    public static String fingerprint(List<String> values) {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            text.append(value == null ? "-" : "=" + value).append(SEPARATOR);
        }
        return digest(text);
    }

    private static String digest(CharSequence text) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, DIGEST_HEX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == SEPARATOR) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return parts;
    }
}

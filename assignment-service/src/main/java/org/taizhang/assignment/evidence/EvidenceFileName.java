package org.taizhang.assignment.evidence;

import java.util.Optional;
import org.taizhang.assignment.progress.PlainText;

/**
 * The name an evidence file is kept under, as the uploader's system gave it: required, at most {@value #MAX_LENGTH}
 * characters, plain text, and without the bidirectional overrides that make {@code gpj.exe} read as {@code exe.jpg}.
 */
public final class EvidenceFileName {

    public static final int MAX_LENGTH = 255;

    private EvidenceFileName() {}

    /** Why the name cannot be kept, or empty when it can. */
    public static Optional<String> check(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("the file has no name");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return Optional.of("the file name is longer than " + MAX_LENGTH + " characters");
        }
        Optional<String> plain = PlainText.line("file name", name);
        if (plain.isPresent()) {
            return plain;
        }
        return name.chars().anyMatch(EvidenceFileName::isBidiControl)
                ? Optional.of("the file name holds a bidirectional control character")
                : Optional.empty();
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f;
    }
}

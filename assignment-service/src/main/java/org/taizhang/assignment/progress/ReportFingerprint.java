package org.taizhang.assignment.progress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.StringJoiner;

/**
 * The content of a report reduced to a hash, so a retried report (same id, same content) is told apart from a client
 * reusing an id for something else. The server's receiving time is left out: a retry arrives later by nature.
 */
public final class ReportFingerprint {

    private static final String SEPARATOR = "\u001f";

    private ReportFingerprint() {}

    public static String of(String assignmentId, ProgressInput in) {
        StringJoiner canonical = new StringJoiner("\u001e");
        canonical.add(assignmentId);
        canonical.add(String.valueOf(in.status()));
        canonical.add(in.summary() == null ? "" : in.summary().strip());
        canonical.add(in.percent() == null ? "" : in.percent().toString());
        canonical.add(
                String.join(SEPARATOR, in.evidence().stream().map(String::trim).toList()));
        canonical.add(in.reportedAt() == null ? "" : in.reportedAt().toString());
        // Added only when files are cited, so reports from before evidence files keep their fingerprints.
        if (!in.evidenceFiles().isEmpty()) {
            canonical.add(String.join(
                    SEPARATOR, in.evidenceFiles().stream().map(String::valueOf).toList()));
        }
        return sha256(canonical.toString());
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

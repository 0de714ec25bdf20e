package org.taizhang.assignment.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.taizhang.assignment.directory.io.DirectoryFormat;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;

/** The file format a request means: {@code ?format=} first, then its media type, then (for uploads) the bytes. */
final class DirectoryFormats {

    private DirectoryFormats() {}

    /** By {@code ?format=}, else by Accept; CSV when neither names .xlsx, since it is what most callers want. */
    static DirectoryFormat forExport(String format, String accept) {
        return named(format)
                .orElseGet(() -> accept != null && accept.contains(DirectoryFormat.XLSX_TYPE)
                        ? DirectoryFormat.XLSX
                        : DirectoryFormat.CSV);
    }

    /** By {@code ?format=}, else by Content-Type; an application/octet-stream upload by what its bytes look like. */
    static DirectoryFormat forImport(String format, String contentType, byte[] content) {
        return named(format)
                .or(() -> DirectoryFormat.ofMediaType(contentType))
                .orElseGet(() -> DirectoryFormat.sniff(content));
    }

    private static Optional<DirectoryFormat> named(String format) {
        if (format == null || format.isBlank()) {
            return Optional.empty();
        }
        Optional<DirectoryFormat> named = DirectoryFormat.named(format);
        if (named.isEmpty()) {
            String message = "format 只能是 csv 或 xlsx (format must be csv or xlsx)";
            throw new ProblemException(
                    Response.Status.BAD_REQUEST, message, List.of(new Problem.Violation("format", message)));
        }
        return named;
    }
}

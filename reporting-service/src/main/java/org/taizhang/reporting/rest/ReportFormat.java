package org.taizhang.reporting.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;

/** The forms a report can be downloaded in, chosen by {@code ?format=} or else by the Accept header. */
enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    static final String CSV_TYPE = "text/csv";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    final String mediaType;
    final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /**
     * The format asked for: the {@code format} parameter when given (400 when it names none of {@code offered}),
     * else the first Accept entry naming an offered type, else JSON.
     */
    static ReportFormat choose(String format, String accept, List<ReportFormat> offered) {
        if (format != null && !format.isBlank()) {
            return offered.stream()
                    .filter(f -> f.extension.equals(format.strip().toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> new ProblemException(
                            Response.Status.BAD_REQUEST,
                            "Unknown format " + format,
                            List.of(new Problem.Violation("format", "format 只能是 " + names(offered)))));
        }
        if (accept == null) {
            return JSON;
        }
        for (String entry : accept.split(",")) {
            String type = entry.split(";")[0].strip().toLowerCase(Locale.ROOT);
            Optional<ReportFormat> named =
                    offered.stream().filter(f -> f.mediaType.equals(type)).findFirst();
            if (named.isPresent()) {
                return named.get();
            }
        }
        return JSON;
    }

    /** The Content-Type header value: CSV says its charset, since Excel and browsers otherwise guess. */
    String contentType() {
        return this == CSV ? mediaType + "; charset=UTF-8" : mediaType;
    }

    /** An attachment with an ASCII fallback name and the real (Chinese) name in RFC 5987 form. */
    String disposition(String asciiName, String name) {
        String encoded = URLEncoder.encode(name + "." + extension, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "attachment; filename=\"" + asciiName + "." + extension + "\"; filename*=UTF-8''" + encoded;
    }

    private static String names(List<ReportFormat> offered) {
        return String.join("、", offered.stream().map(f -> f.extension).toList());
    }
}

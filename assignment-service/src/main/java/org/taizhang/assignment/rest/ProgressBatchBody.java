package org.taizhang.assignment.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.taizhang.assignment.config.AssignmentConfig;
import org.taizhang.assignment.progress.Rejection;
import org.taizhang.assignment.service.BatchEntry;
import org.taizhang.platform.problem.ProblemException;
import org.taizhang.platform.problem.UnprocessableStatus;

/**
 * Reads a batch body as it streams in: the batch is refused at the first report past the limit rather than after the
 * whole array is built, and a report swollen far past any real one is rejected on its own without being kept in
 * memory. A few kilobytes of {@code {},} would otherwise become a million objects on the heap.
 */
@ApplicationScoped
public class ProgressBatchBody {

    /** A real report has some forty tokens (ten fields, up to twenty links); ten times that is no report. */
    static final int MAX_TOKENS = 500;

    private final ObjectMapper json;
    private final ProgressBatchReader items;
    private final int maxBatch;

    @Inject
    public ProgressBatchBody(ObjectMapper json, ProgressBatchReader items, AssignmentConfig config) {
        this(json, items, config.maxBatch());
    }

    ProgressBatchBody(ObjectMapper json, ProgressBatchReader items, int maxBatch) {
        this.json = json;
        this.items = items;
        this.maxBatch = maxBatch;
    }

    /** The reports in the order sent, each read or rejected on its own; empty when the body names none. */
    public List<BatchEntry> read(InputStream body) throws IOException {
        try (JsonParser parser = json.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return List.of();
            }
            if (first != JsonToken.START_OBJECT) {
                throw malformed("a batch is an object: {\"reports\": [...]}");
            }
            List<BatchEntry> entries = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (!"reports".equals(field) || entries != null) {
                    throw malformed(
                            entries != null
                                    ? "reports is given twice"
                                    : "unknown field " + field + "; a batch has reports");
                }
                entries = reports(parser);
            }
            if (parser.nextToken() != null) {
                throw malformed("there is more after the batch");
            }
            return entries == null ? List.of() : entries;
        }
    }

    private List<BatchEntry> reports(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw malformed("reports is an array");
        }
        List<BatchEntry> entries = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (entries.size() == maxBatch) {
                throw new ProblemException(
                        UnprocessableStatus.INSTANCE,
                        "The batch has more than " + maxBatch + " reports; at most " + maxBatch + " are taken at once");
            }
            entries.add(item(parser));
        }
        return entries;
    }

    /** One report, copied token by token up to the cap; past it the rest is skipped, keeping only the reportId. */
    private BatchEntry item(JsonParser parser) throws IOException {
        TokenBuffer copy = new TokenBuffer(parser);
        int depth = 0;
        int tokens = 0;
        String reportId = null;
        boolean cut = false;
        do {
            JsonToken token = parser.currentToken();
            if (depth == 1 && token == JsonToken.FIELD_NAME && "reportId".equals(parser.currentName())) {
                reportId = parser.nextTextValue() != null ? parser.getText() : reportId;
                token = parser.currentToken();
                if (!cut) {
                    copy.writeFieldName("reportId");
                    copy.copyCurrentEvent(parser);
                }
            } else if (!cut && ++tokens > MAX_TOKENS) {
                cut = true;
            } else if (!cut) {
                copy.copyCurrentEvent(parser);
            }
            depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
        } while (depth > 0 && parser.nextToken() != null);
        if (cut) {
            return BatchEntry.unreadable(reportId, tooLarge());
        }
        try (JsonParser copied = copy.asParser(parser.getCodec())) {
            JsonNode node = json.readTree(copied);
            return items.read(node);
        }
    }

    private static Rejection tooLarge() {
        return Rejection.of(
                Rejection.Reason.INVALID_FIELD,
                "the report is too large: more than " + MAX_TOKENS + " JSON values, where a report has some forty");
    }

    private static ProblemException malformed(String why) {
        return new ProblemException(Response.Status.BAD_REQUEST, "Malformed batch: " + why);
    }
}

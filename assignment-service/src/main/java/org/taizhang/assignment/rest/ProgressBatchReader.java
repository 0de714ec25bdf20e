package org.taizhang.assignment.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.taizhang.assignment.progress.Rejection;
import org.taizhang.assignment.service.BatchEntry;

/**
 * Reads batch items one by one, so an item with a misspelt field or an unknown status is rejected on its own
 * instead of failing the whole batch.
 */
@ApplicationScoped
public class ProgressBatchReader {

    private final ObjectMapper json;

    public ProgressBatchReader(ObjectMapper json) {
        this.json = json;
    }

    public BatchEntry read(JsonNode item) {
        String reportId = item != null && item.path("reportId").isTextual()
                ? item.get("reportId").asText()
                : null;
        if (item == null || !item.isObject()) {
            return BatchEntry.unreadable(reportId, invalid("each report must be a JSON object"));
        }
        if (reportId == null || reportId.isBlank()) {
            return BatchEntry.unreadable(reportId, invalid("reportId is required in a batch"));
        }
        try {
            return json.treeToValue(item, BatchReportItem.class).toEntry();
        } catch (JsonMappingException e) {
            return BatchEntry.unreadable(reportId, invalid(describe(e)));
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            return BatchEntry.unreadable(reportId, invalid("unreadable report"));
        }
    }

    /** Jackson's message names Java classes; integrators need the field and what it accepts. */
    static String describe(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field " + unknown.getPropertyName();
        }
        if (e instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
            String accepted = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return field + ": " + format.getValue() + " is not one of " + accepted;
        }
        if (e instanceof InvalidFormatException format) {
            return field + ": " + format.getValue() + " is not a valid "
                    + format.getTargetType().getSimpleName();
        }
        return field.isEmpty() ? "unreadable report" : field + " has the wrong type";
    }

    private static Rejection invalid(String message) {
        return Rejection.of(Rejection.Reason.INVALID_FIELD, message);
    }
}

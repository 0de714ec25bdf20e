package org.taizhang.assignment.service;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.taizhang.assignment.entity.Assignment;

/**
 * Where a page of the assignment list ended: the sort key of its last item, so that the next page starts right after
 * it whatever was added or removed meanwhile. Opaque to clients: URL-safe Base64 of the order and the key's fields.
 */
public record AssignmentCursor(
        AssignmentOrder order, LocalDate dueDate, String planId, String taskNumber, String unitName, UUID id) {

    private static final String VERSION = "a1";
    private static final char SEPARATOR = '\u0000';
    private static final int FIELDS = 7;
    private static final int MAX_LENGTH = 2048;
    private static final int UUID_LENGTH = 36;

    /** The cursor that continues after this assignment in this order. */
    public static AssignmentCursor after(Assignment last, AssignmentOrder order) {
        LocalDate due = last.deadline == null ? null : last.deadline.dueDate;
        return new AssignmentCursor(order, due, last.planId, last.taskNumber, last.unitName, last.id);
    }

    /** The opaque text a client sends back as {@code after}. */
    public String encode() {
        StringBuilder text = new StringBuilder(VERSION);
        for (String field : List.of(
                order.name(),
                field(dueDate == null ? null : dueDate.toString()),
                field(planId),
                field(taskNumber),
                field(unitName),
                id.toString())) {
            text.append(SEPARATOR).append(field);
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor a client sent; anything this class did not write is an {@link InvalidCursorException}. */
    public static AssignmentCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank() || cursor.length() > MAX_LENGTH) {
            throw new InvalidCursorException("is empty or too long");
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("is not URL-safe Base64");
        }
        List<String> fields = split(text);
        if (fields.size() != FIELDS
                || !VERSION.equals(fields.get(0))
                || fields.get(6).length() != UUID_LENGTH) {
            throw new InvalidCursorException("was not issued by this list");
        }
        try {
            AssignmentOrder order = AssignmentOrder.valueOf(fields.get(1));
            String due = value(fields.get(2));
            String plan = value(fields.get(3));
            String unitName = value(fields.get(5));
            if (plan == null || unitName == null) {
                throw new InvalidCursorException("lacks its plan or unit");
            }
            return new AssignmentCursor(
                    order,
                    due == null ? null : LocalDate.parse(due),
                    plan,
                    value(fields.get(4)),
                    unitName,
                    UUID.fromString(fields.get(6)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidCursorException("was not issued by this list");
        }
    }

    private static String field(String value) {
        return value == null ? "-" : "=" + value;
    }

    private static String value(String field) {
        if (field.equals("-")) {
            return null;
        }
        if (!field.startsWith("=")) {
            throw new IllegalArgumentException("unmarked field");
        }
        return field.substring(1);
    }

    private static List<String> split(String text) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == SEPARATOR) {
                fields.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return fields;
    }
}

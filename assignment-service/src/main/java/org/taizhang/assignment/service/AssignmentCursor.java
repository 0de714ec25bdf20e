package org.taizhang.assignment.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.platform.rest.CursorText;
import org.taizhang.platform.rest.InvalidCursorException;

/**
 * Where a page of the assignment list ended: the sort key of its last item, so that the next page starts right after
 * it whatever was added or removed meanwhile. Opaque to clients: the order and the key's fields as {@link CursorText}.
 */
public record AssignmentCursor(
        AssignmentOrder order, LocalDate dueDate, String planId, String taskNumber, String unitName, UUID id) {

    private static final String MARK = "a2";
    private static final int FIELDS = 6;
    private static final int UUID_LENGTH = 36;

    /** The cursor that continues after this assignment in this order. */
    public static AssignmentCursor after(Assignment last, AssignmentOrder order) {
        LocalDate due = last.deadline == null ? null : last.deadline.dueDate;
        return new AssignmentCursor(order, due, last.planId, last.taskNumber, last.unitName, last.id);
    }

    /** The opaque text a client sends back as {@code after}. */
    public String encode() {
        return CursorText.encode(
                MARK,
                Arrays.asList(
                        order.name(),
                        dueDate == null ? null : dueDate.toString(),
                        planId,
                        taskNumber,
                        unitName,
                        id.toString()));
    }

    /** Reads a cursor a client sent; anything this class did not write is an {@link InvalidCursorException}. */
    public static AssignmentCursor decode(String cursor) {
        List<String> fields = CursorText.decode(MARK, FIELDS, cursor);
        String order = fields.get(0);
        String due = fields.get(1);
        String plan = fields.get(2);
        String unitName = fields.get(4);
        String id = fields.get(5);
        if (order == null || plan == null || unitName == null || id == null || id.length() != UUID_LENGTH) {
            throw new InvalidCursorException("was not issued by this list");
        }
        try {
            return new AssignmentCursor(
                    AssignmentOrder.valueOf(order),
                    due == null ? null : LocalDate.parse(due),
                    plan,
                    fields.get(3),
                    unitName,
                    UUID.fromString(id));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidCursorException("was not issued by this list");
        }
    }
}

package org.taizhang.reporting.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.taizhang.platform.region.RegionCodes;
import org.taizhang.platform.rest.CursorText;
import org.taizhang.platform.rest.InvalidCursorException;

/**
 * Where a page of the overdue list ended: the due date and id of its last item (the list's order), and a fingerprint
 * of the filters it was issued for, so that the next page starts right after it whatever was added or finished
 * meanwhile, and a cursor sent with other filters is refused rather than continued in the wrong list.
 */
public record OverdueCursor(String filters, LocalDate dueDate, String assignmentId) {

    private static final String MARK = "o1";
    private static final int FIELDS = 3;

    /** The cursor that continues the query's list after the assignment with this due date and id. */
    public static OverdueCursor after(OverdueQuery query, LocalDate dueDate, String assignmentId) {
        return new OverdueCursor(filters(query), dueDate, assignmentId);
    }

    /** The opaque text a client sends back as {@code after}. */
    public String encode() {
        return CursorText.encode(MARK, List.of(filters, dueDate.toString(), assignmentId));
    }

    /** The cursor the query carries, which must have been issued for the query's filters. */
    public static OverdueCursor of(OverdueQuery query) {
        List<String> fields = CursorText.decode(MARK, FIELDS, query.after());
        if (fields.contains(null)) {
            throw new InvalidCursorException("was not issued by this list");
        }
        OverdueCursor cursor;
        try {
            cursor = new OverdueCursor(fields.get(0), LocalDate.parse(fields.get(1)), fields.get(2));
        } catch (DateTimeParseException e) {
            throw new InvalidCursorException("was not issued by this list");
        }
        if (!cursor.filters.equals(filters(query))) {
            throw InvalidCursorException.mismatched(
                    "continues a list with other filters (year, planId, regionCode, unitId); send the filters of"
                            + " the page it came with");
        }
        return cursor;
    }

    /** The filters' fingerprint; a region by its significant digits, however it was padded. */
    static String filters(OverdueQuery query) {
        return CursorText.fingerprint(Arrays.asList(
                query.year() == null ? null : query.year().toString(),
                query.planId(),
                query.regionCode() == null ? null : RegionCodes.significant(query.regionCode()),
                query.unitId()));
    }
}

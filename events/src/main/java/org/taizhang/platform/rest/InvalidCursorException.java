package org.taizhang.platform.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;

/** A list's {@code after} cursor, or its page, that the list cannot continue from: a 400 naming the parameter. */
public class InvalidCursorException extends ProblemException {

    public InvalidCursorException(String why) {
        this("after", "The cursor " + why + "; send the next value of the previous page unchanged");
    }

    private InvalidCursorException(String field, String detail) {
        super(Response.Status.BAD_REQUEST, detail, List.of(new Problem.Violation(field, detail)));
    }

    /** A page number whose offset lies beyond what numbered pages reach. */
    public static InvalidCursorException tooDeep(int maxOffset, String items) {
        return new InvalidCursorException(
                "page",
                "Numbered pages reach the first " + maxOffset + " " + items + "; go further with after=<next of the"
                        + " previous page>");
    }

    /** A cursor sent with another order or other filters than it was issued for, or with a page number. */
    public static InvalidCursorException mismatched(String why) {
        return new InvalidCursorException("after", "The cursor " + why);
    }
}

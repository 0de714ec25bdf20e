package org.taizhang.assignment.progress;

/** Why a report was not taken, as a stable code integrators can branch on and a message people can read. */
public record Rejection(Reason reason, String message) {

    /** The kinds of refusal a report can meet. */
    public enum Reason {
        UNKNOWN_ASSIGNMENT,
        NOT_YOURS,
        INVALID_FIELD,
        INVALID_TRANSITION,
        CONFLICT,
        CLOSED
    }

    public static Rejection of(Reason reason, String message) {
        return new Rejection(reason, message);
    }
}

package org.taizhang.reminder.delivery;

/** How a platform answered a send: delivered, worth retrying later, or never going to work as it is. */
public record Reply(Kind kind, String detail) {

    /** The three ways an answer is taken. */
    public enum Kind {
        DELIVERED,
        RETRY,
        GIVE_UP
    }

    public static Reply delivered() {
        return new Reply(Kind.DELIVERED, null);
    }

    public static Reply retry(String detail) {
        return new Reply(Kind.RETRY, detail);
    }

    public static Reply giveUp(String detail) {
        return new Reply(Kind.GIVE_UP, detail);
    }

    /** An HTTP status other than 2xx: rate limits, timeouts and server errors pass, other client errors do not. */
    public static Reply ofStatus(int status) {
        boolean passes = status == 408 || status == 429 || status >= 500 || status < 400;
        return passes ? retry("HTTP " + status) : giveUp("HTTP " + status);
    }
}

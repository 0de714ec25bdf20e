package org.taizhang.reminder.service;

/** How one delivery attempt went; a failure that cannot get better ({@code retryable} false) is not retried. */
public record Outcome(boolean delivered, String error, boolean retryable) {

    public static Outcome ok() {
        return new Outcome(true, null, false);
    }

    public static Outcome failed(String error) {
        return new Outcome(false, error, true);
    }

    public static Outcome hopeless(String error) {
        return new Outcome(false, error, false);
    }
}

package org.taizhang.reminder.service;

import org.taizhang.reminder.delivery.Reply;

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

    /** A platform's answer as read ({@link Reply}): delivered, retried with backoff, or a dead letter at once. */
    public static Outcome of(Reply reply) {
        return switch (reply.kind()) {
            case DELIVERED -> ok();
            case RETRY -> failed(reply.detail());
            case GIVE_UP -> hopeless(reply.detail());
        };
    }
}

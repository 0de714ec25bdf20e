package org.taizhang.events;

/** Kafka topic names; each is owned by the one service that produces it. */
public final class Topics {

    public static final String PLANS = "taizhang.plans.v1";
    public static final String ASSIGNMENTS = "taizhang.assignments.v1";
    public static final String REMINDERS = "taizhang.reminders.v1";

    private Topics() {}
}

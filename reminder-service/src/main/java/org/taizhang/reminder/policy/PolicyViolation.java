package org.taizhang.reminder.policy;

/** One rule a reminder policy breaks, by field, ready for a problem+json response. */
public record PolicyViolation(String field, String message) {}

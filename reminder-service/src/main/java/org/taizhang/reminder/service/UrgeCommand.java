package org.taizhang.reminder.service;

/**
 * The office's urge of one assignment: {@code note} is sent to the unit with it (null for none), {@code requestId} the
 * client's id that makes a retry return the first urge (null for none).
 */
public record UrgeCommand(String assignmentId, String note, String requestId) {}

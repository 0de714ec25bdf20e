package org.taizhang.console.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A reminder reminder-service issued (提醒与催办记录). */
public record Reminder(
        UUID id,
        String assignmentId,
        String planId,
        String taskId,
        String unitId,
        String kind,
        LocalDate dueDate,
        int step,
        String target,
        String recipientUnitId,
        Instant fireAt,
        String status,
        Instant issuedAt) {}

package org.taizhang.console.api;

import java.time.Instant;
import java.util.List;

/** A reminder policy as reminder-service shows it: the default (planId null) or a plan's override. */
public record ReminderPolicy(
        String planId,
        List<Integer> beforeDays,
        boolean onDueDay,
        int overdueEveryDays,
        int leadUnitAfter,
        int officeAfter,
        String defaultCadence,
        int periodicGraceDays,
        int localHour,
        String zone,
        boolean builtIn,
        String updatedBy,
        Instant updatedAt) {}

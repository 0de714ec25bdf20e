package org.taizhang.console.api;

import java.util.List;

/** A reminder policy as the office sets it; reminder-service checks its rules. */
public record PolicySettings(
        List<Integer> beforeDays,
        Boolean onDueDay,
        Integer overdueEveryDays,
        Integer leadUnitAfter,
        Integer officeAfter,
        String defaultCadence,
        Integer periodicGraceDays,
        Integer localHour,
        String zone) {}

package org.taizhang.reminder.calendar;

import java.time.LocalDate;
import java.util.List;

/** A named statutory holiday period (e.g. 春节), both ends inclusive, as the State Council notice lists it. */
public record Holiday(String name, LocalDate from, LocalDate to) {

    /** Every date of the period; empty when the period is malformed (validation reports it). */
    public List<LocalDate> dates() {
        if (from == null || to == null || to.isBefore(from)) {
            return List.of();
        }
        return from.datesUntil(to.plusDays(1)).toList();
    }
}

package org.taizhang.reminder.calendar;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A named statutory holiday period (e.g. 春节), both ends inclusive, as the State Council notice lists it. */
@Schema(description = "A named statutory holiday period, both ends inclusive")
public record Holiday(
        @Schema(description = "The holiday's name, e.g. 春节") String name,

        @Schema(description = "The first day off (ISO-8601 date)")
        LocalDate from,

        @Schema(description = "The last day off (ISO-8601 date), inclusive; one day when left out")
        LocalDate to) {

    /** Every date of the period; empty when the period is malformed (validation reports it). */
    public List<LocalDate> dates() {
        if (from == null || to == null || to.isBefore(from)) {
            return List.of();
        }
        return from.datesUntil(to.plusDays(1)).toList();
    }
}

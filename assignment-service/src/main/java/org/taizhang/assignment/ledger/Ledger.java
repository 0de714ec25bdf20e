package org.taizhang.assignment.ledger;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.planning.Light;
import org.taizhang.events.assignment.AssignmentStatus;

/** A unit's ledger for a year: its assignments across the year's plans, with counts by status and light. */
@Schema(
        description = "A unit's ledger (台账) for a year: its assignments"
                + " across the year's plans, with counts by status and light")
public record Ledger(
        @Schema(description = "The unit's directory id, e.g. 341800-fgw")
        String unitId,

        @Schema(description = "The unit's name") String unitName,
        @Schema(description = "The plan year") int year,

        @Schema(description = "When the ledger was drawn up: a UTC instant (ISO-8601)")
        Instant generatedAt,

        @Schema(description = "How many assignments are in each status; every status present, zeros included")
        Map<AssignmentStatus, Long> byStatus,

        @Schema(
                description = "How many assignments show each light (GREEN,"
                        + " YELLOW, RED); every light present, zeros included")
        Map<Light, Long> byLight,

        @Schema(description = "How many assignments are overdue")
        long overdue,

        @Schema(description = "One row per assignment, in plan and task order")
        List<LedgerRow> rows) {

    public static Ledger of(String unitId, String unitName, int year, Instant generatedAt, List<LedgerRow> rows) {
        Map<AssignmentStatus, Long> byStatus = new EnumMap<>(AssignmentStatus.class);
        for (AssignmentStatus status : AssignmentStatus.values()) {
            byStatus.put(status, rows.stream().filter(r -> r.status() == status).count());
        }
        Map<Light, Long> byLight = new EnumMap<>(Light.class);
        for (Light light : Light.values()) {
            byLight.put(light, rows.stream().filter(r -> r.light() == light).count());
        }
        long overdue = rows.stream().filter(LedgerRow::overdue).count();
        return new Ledger(unitId, unitName, year, generatedAt, byStatus, byLight, overdue, List.copyOf(rows));
    }
}

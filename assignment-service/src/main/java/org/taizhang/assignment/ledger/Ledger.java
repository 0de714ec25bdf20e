package org.taizhang.assignment.ledger;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.taizhang.assignment.planning.Light;
import org.taizhang.events.assignment.AssignmentStatus;

/** A unit's ledger for a year: its assignments across the year's plans, with counts by status and light. */
public record Ledger(
        String unitId,
        String unitName,
        int year,
        Instant generatedAt,
        Map<AssignmentStatus, Long> byStatus,
        Map<Light, Long> byLight,
        long overdue,
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

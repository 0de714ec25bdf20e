package org.taizhang.reminder.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import org.taizhang.platform.region.RegionCodes;
import org.taizhang.reminder.entity.Reminder;
import org.taizhang.reminder.entity.TrackedAssignment;

/** The log of issued reminders, newest first. */
@ApplicationScoped
public class ReminderHistory {

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Reminder> list(ReminderQuery query) {
        Map<String, Object> params = new HashMap<>();
        StringJoiner where =
                new StringJoiner(" and ", "from Reminder r where ", " order by r.issuedAt desc, r.fireAt desc, r.id");
        where.add("1 = 1");
        if (present(query.unitId())) {
            where.add("(r.unitId = :unit or r.recipientUnitId = :unit)");
            params.put("unit", query.unitId().trim());
        }
        if (present(query.regionCode())) {
            where.add("r.regionCode like :region");
            params.put("region", RegionCodes.significant(query.regionCode()) + "%");
        }
        if (present(query.assignmentId())) {
            where.add("r.assignmentId = :assignment");
            params.put("assignment", query.assignmentId().trim());
        }
        if (query.status() != null) {
            where.add("r.status = :status");
            params.put("status", query.status());
        }
        var found = Reminder.<Reminder>find(where.toString(), params).page(Page.of(query.page(), query.size()));
        return new Slice<>(found.list(), query.page(), query.size(), found.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Reminder get(UUID id) {
        return Reminder.<Reminder>findByIdOptional(id).orElseThrow(() -> new NotFoundException("Reminder", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TrackedAssignment> assignment(String assignmentId) {
        return TrackedAssignment.findByIdOptional(assignmentId);
    }

    /** The region codes of the unit's tracked assignments; empty for a unit this service has not seen. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> regionsOfUnit(String unitId) {
        return TrackedAssignment.getEntityManager()
                .createQuery(
                        "select distinct t.regionCode from TrackedAssignment t where t.unitId = :unit"
                                + " and t.regionCode is not null",
                        String.class)
                .setParameter("unit", unitId)
                .getResultList();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

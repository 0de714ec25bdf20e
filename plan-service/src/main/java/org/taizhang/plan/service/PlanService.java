package org.taizhang.plan.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.stream.Collectors;
import org.taizhang.plan.entity.Plan;
import org.taizhang.plan.entity.PlanAmendment;
import org.taizhang.plan.entity.PlanLevel;
import org.taizhang.plan.entity.PlanStatus;
import org.taizhang.plan.entity.PlanTask;

/** Plans as a whole: finding them (with who may see what), creating drafts, editing and deleting drafts. */
@ApplicationScoped
public class PlanService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanPage list(PlanQuery query, boolean seesDrafts) {
        Map<String, Object> params = new HashMap<>();
        StringJoiner where = new StringJoiner(" and ", "from Plan p where ", "");
        where.add("p.status in :statuses");
        params.put(
                "statuses",
                seesDrafts ? EnumSet.allOf(PlanStatus.class) : EnumSet.of(PlanStatus.PUBLISHED, PlanStatus.CLOSED));
        if (query.status() != null) {
            where.add("p.status = :status");
            params.put("status", query.status());
        }
        if (query.year() != null) {
            where.add("p.year = :year");
            params.put("year", query.year());
        }
        if (query.regionCode() != null && !query.regionCode().isBlank()) {
            where.add("p.regionCode = :region");
            params.put("region", query.regionCode().trim());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.add("(lower(p.title) like :text or exists (select 1 from PlanTask t where t.planId = p.id"
                    + " and (lower(t.title) like :text or lower(t.requirement) like :text)))");
            params.put("text", "%" + query.text().trim().toLowerCase() + "%");
        }
        var found = Plan.<Plan>find(where + " order by p.year desc, p.createdAt desc", params)
                .page(Page.of(query.page(), query.size()));
        List<Plan> plans = found.list();
        return new PlanPage(plans, taskCounts(plans), query.page(), query.size(), found.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan get(UUID id, boolean seesDrafts) {
        Plan plan = Plan.findById(id);
        if (plan == null || (!seesDrafts && !plan.isPublic())) {
            throw new PlanNotFoundException("Plan", id);
        }
        return plan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long taskCount(UUID planId) {
        return PlanTask.count("planId = ?1 and withdrawnAt is null", planId);
    }

    @Transactional
    public Plan create(PlanDetails details, String by) {
        Plan plan =
                Plan.draft(details.title(), details.year(), details.regionCode(), details.levelOr(PlanLevel.CITY), by);
        plan.regionName = details.regionName();
        plan.parentPlanId = details.parentPlanId();
        plan.persist();
        return plan;
    }

    @Transactional
    public Plan update(UUID id, PlanDetails details, String by) {
        Plan plan = requireDraft(id, "edited");
        plan.title = details.title();
        plan.year = details.year();
        plan.regionCode = details.regionCode();
        plan.regionName = details.regionName();
        plan.level = details.levelOr(plan.level);
        plan.touch(by);
        return plan;
    }

    @Transactional
    public void delete(UUID id) {
        Plan plan = requireDraft(id, "deleted");
        if (Plan.count("parentPlanId", id) > 0) {
            throw new PlanStateException("Plan " + id + " has derived plans; delete those first");
        }
        plan.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanAmendment> amendments(UUID planId) {
        return PlanAmendment.list("planId", Sort.ascending("amendedAt"), planId);
    }

    /** The plan, locked against concurrent changes for the rest of the transaction. */
    public Plan require(UUID id) {
        Plan plan = Plan.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            throw new PlanNotFoundException("Plan", id);
        }
        return plan;
    }

    public Plan requireDraft(UUID id, String action) {
        Plan plan = require(id);
        if (!plan.isDraft()) {
            throw new PlanStateException("Plan " + id + " is " + plan.status + " and cannot be " + action
                    + (plan.status == PlanStatus.PUBLISHED ? "; amend its tasks instead" : ""));
        }
        return plan;
    }

    private static Map<UUID, Long> taskCounts(List<Plan> plans) {
        if (plans.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = PlanTask.getEntityManager()
                .createQuery(
                        "select t.planId, count(t) from PlanTask t where t.planId in :ids and t.withdrawnAt is null"
                                + " group by t.planId",
                        Object[].class)
                .setParameter("ids", plans.stream().map(p -> p.id).toList())
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1]));
    }
}

package org.taizhang.assignment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.TrackedPlan;
import org.taizhang.assignment.entity.Unit;
import org.taizhang.assignment.planning.AssignmentPlanner;
import org.taizhang.assignment.service.AssignmentCreation;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.TaskSnapshot;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;

/** Plans and units put straight into the database, as the plan events would, for tests of what follows. */
@ApplicationScoped
public class PlanFixture {

    static final Deadline YEAR_END = new Deadline("年底前", DeadlineKind.FIXED, LocalDate.of(2026, 12, 31), null);
    static final Deadline ONGOING = new Deadline("持续推进", DeadlineKind.ONGOING, null, null);

    private final AssignmentCreation creation;

    public PlanFixture(AssignmentCreation creation) {
        this.creation = creation;
    }

    /** Adds the unit unless a unit with that id exists. */
    public void unit(String id, String name, UnitKind kind, UnitLevel level, String region, String... aliases) {
        inTx(() -> {
            if (Unit.findById(id) == null) {
                Unit unit = new Unit();
                unit.id = id;
                unit.name = name;
                unit.kind = kind;
                unit.level = level;
                unit.regionCode = region;
                unit.aliases.addAll(List.of(aliases));
                unit.touch("test");
                unit.createdBy = "test";
                unit.createdAt = Instant.now();
                unit.persist();
            }
            return null;
        });
    }

    /** Publishes a plan of the region with the tasks, as the PlanPublished consumer would; returns its id. */
    public String publish(String region, int year, List<TaskSnapshot> tasks) {
        String planId = UUID.randomUUID().toString();
        inTx(() -> {
            TrackedPlan plan = creation.track(planId, "测试计划 " + planId, year, region);
            AssignmentPlanner planner =
                    new AssignmentPlanner(Unit.<Unit>list("regionCode like ?1", region.substring(0, 2) + "%").stream()
                            .map(Unit::toDirectoryUnit)
                            .toList());
            tasks.forEach(task -> creation.apply(plan, task, planner, "test"));
            return null;
        });
        return planId;
    }

    public static TaskSnapshot task(String number, Deadline deadline, UnitMention... units) {
        return taskInSection("一、测试", number, deadline, units);
    }

    public static TaskSnapshot taskInSection(String section, String number, Deadline deadline, UnitMention... units) {
        return new TaskSnapshot(
                UUID.randomUUID().toString(),
                number,
                List.of(section),
                "任务" + number,
                "要求" + number,
                deadline,
                List.of(units),
                null);
    }

    public static UnitMention mention(String name, UnitRole role) {
        return new UnitMention(name, name, role, false, false);
    }

    public static UnitMention group(String name, UnitRole role, boolean ambiguous) {
        return new UnitMention(name, name, role, true, ambiguous);
    }

    public Assignment assignment(String planId, String number, String unitId) {
        return inTx(() -> Assignment.<Assignment>find(
                        "planId = ?1 and taskNumber = ?2 and unitId = ?3", planId, number, unitId)
                .firstResult());
    }

    public static <T> T inTx(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}

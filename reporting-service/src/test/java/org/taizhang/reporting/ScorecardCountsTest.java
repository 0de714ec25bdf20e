package org.taizhang.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.reminder.ReminderIssued;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reporting.PlanScenario.Unit;
import org.taizhang.reporting.compute.Scorecard;
import org.taizhang.reporting.compute.ScorecardCalculator;
import org.taizhang.reporting.config.ReportingConfig;
import org.taizhang.reporting.entity.Assignment;
import org.taizhang.reporting.entity.ProgressReport;
import org.taizhang.reporting.entity.Reminder;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.ReminderFacts;
import org.taizhang.reporting.model.ReportFacts;
import org.taizhang.reporting.service.ScorecardService;

/**
 * Scorecards read the report times and reminder counts kept on each assignment as its events are applied: they must
 * score exactly as the reports and reminders themselves do, and the migration's backfill must fill them alike.
 */
@QuarkusTest
class ScorecardCountsTest {

    private static final String CITY = "328800";
    private static final String BACKFILL = "db/migration/V2026_12_06_61__scorecard_counts_backfill.sql";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ScorecardService scorecards;

    @Inject
    ReportingConfig config;

    @Inject
    EntityManager entityManager;

    private PlanScenario plan;
    private List<String> units;
    private String monthly;
    private String early;
    private String orphan;
    private LocalDate asOf;

    /**
     * 壬市: a unit reports monthly work (one report sent twice), completes one fixed task late and one early and has
     * one not due yet; another is urged about a task whose reminder arrived before the task did and completes ongoing
     * work; a third only supports. One reminder's assignment never arrives.
     */
    @BeforeEach
    void plan() {
        EventFeed feed = new EventFeed(bootstrapServers);
        String s = UUID.randomUUID().toString().substring(0, 8);
        Unit fgw = Unit.lead("u-3288-fgw-" + s, "壬市发展和改革委员会", CITY);
        Unit sjj = Unit.responsible("u-3288-sjj-" + s, "壬市数据资源局", CITY);
        Unit czj = Unit.supporting("u-3288-czj-" + s, "壬市财政局", CITY);
        units = List.of(fgw.id(), sjj.id(), czj.id());
        plan = new PlanScenario("壬市计划", PlanScenario.today().getYear(), CITY, "壬市", null);
        asOf = PlanScenario.today().plusDays(100);
        Deadline everyMonth = new Deadline("每月报送", DeadlineKind.PERIODIC, null, Cadence.MONTHLY);
        String periodic = plan.task("1", "一、公开", everyMonth, null, fgw, czj);
        String fixed =
                plan.task("2", "一、公开", PlanScenario.fixed(PlanScenario.today().minusDays(10)), null, fgw);
        String urged =
                plan.task("3", "二、解读", PlanScenario.fixed(PlanScenario.today().minusDays(3)), null, sjj);
        String ahead =
                plan.task("4", "二、解读", PlanScenario.fixed(PlanScenario.today().plusDays(20)), null, fgw);
        plan.task("5", "二、解读", PlanScenario.fixed(PlanScenario.today().plusDays(5)), null, fgw);
        String ongoing = plan.task("6", "三、回应", PlanScenario.ongoing(), null, sjj);
        monthly = plan.assignmentId(periodic, fgw);
        early = plan.assignmentId(urged, sjj);
        orphan = early + "-never";
        feed.send(plan.published());
        feed.send(plan.reminder(early, ReminderKind.OVERDUE), plan.reminder(early, ReminderKind.BEFORE_DUE));
        List<EventEnvelope> urgedTwice = feed.send(plan.reminder(early, ReminderKind.REPORT_OVERDUE));
        feed.resend(urgedTwice);
        feed.send(orphanReminder(plan.reminder(early, ReminderKind.OVERDUE)));
        feed.send(plan.created().toArray(new DomainEvent[0]));
        List<EventEnvelope> reportedTwice =
                feed.send(plan.report(monthly, AssignmentStatus.ONGOING, "本月已发布", "https://ren.gov.example/1"));
        feed.resend(reportedTwice);
        feed.send(
                plan.report(monthly, AssignmentStatus.ONGOING, "补充进展", "https://ren.gov.example/2", Instant.now()),
                plan.reminder(monthly, ReminderKind.BEFORE_DUE),
                plan.status(
                        plan.assignmentId(fixed, fgw),
                        AssignmentStatus.NOT_STARTED,
                        AssignmentStatus.COMPLETED,
                        Instant.now()),
                plan.status(
                        plan.assignmentId(ahead, fgw),
                        AssignmentStatus.NOT_STARTED,
                        AssignmentStatus.COMPLETED,
                        Instant.now()),
                plan.status(
                        plan.assignmentId(ongoing, sjj),
                        AssignmentStatus.NOT_STARTED,
                        AssignmentStatus.COMPLETED,
                        Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Map<String, Scorecard> cards = stored();
            return cards.size() == 2
                    && cards.get(sjj.id()).urgings() == 2
                    && cards.get(fgw.id()).completedLate() == 1
                    && cards.get(fgw.id()).completedOnTime() == 1
                    && cards.get(sjj.id()).completedOnTime() == 1
                    && cards.get(fgw.id()).remindersReceived() == 1
                    && counts().get(monthly).startsWith("2 ");
        });
    }

    @Test
    void shouldScoreFromTheCountsKeptOnAssignmentsAsFromTheReportsAndReminders() {
        Map<String, Scorecard> stored = stored();

        assertThat(stored).isEqualTo(fromFacts());
        assertThat(stored.values())
                .anySatisfy(card -> assertThat(card.reportsDue()).isPositive());
        assertThat(counts().get(early)).isEqualTo("0 3 2 []");
    }

    @Test
    void shouldScoreAnyDayFromOneCountOfTheYearAsFromTheWorkItself() {
        LocalDate today = PlanScenario.today();
        // Each due date of the scenario (10 and 3 days ago, 5 and 20 days ahead), the days either side, and the year's
        // end.
        List<LocalDate> days = new ArrayList<>();
        for (int due : new int[] {-10, -3, 5, 20}) {
            days.addAll(List.of(today.plusDays(due - 1L), today.plusDays(due), today.plusDays(due + 1L)));
        }
        days.add(LocalDate.of(plan.year + 1, 1, 1));

        for (LocalDate day : days) {
            assertThat(stored(day)).as("as of %s", day).isEqualTo(fromFacts(day));
        }
    }

    @Test
    void shouldBackfillTheCountsAsApplyingTheEventsKeepsThem() throws IOException {
        Map<String, String> applied = counts();
        String sql = backfill();

        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("update assignment set report_times = '{}', reminders = 0, urgings = 0"
                            + " where unit_id = any(:units)")
                    .setParameter("units", units.toArray(String[]::new))
                    .executeUpdate();
            entityManager
                    .createNativeQuery("delete from assignment where assignment_id = :orphan")
                    .setParameter("orphan", orphan)
                    .executeUpdate();
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            });
        });

        assertThat(counts()).isEqualTo(applied);
        assertThat(applied).containsEntry(orphan, "0 1 1 []");
    }

    /** The same reminder about an assignment that never arrives. */
    private static ReminderIssued orphanReminder(ReminderIssued about) {
        return new ReminderIssued(
                about.reminderId() + "-never",
                about.assignmentId() + "-never",
                about.planId(),
                about.taskId(),
                about.unitId(),
                about.kind(),
                about.dueDate(),
                about.escalationStep(),
                about.recipientUnitId(),
                about.issuedAt());
    }

    /** The scenario's scorecards as the service gives them, by unit. */
    private Map<String, Scorecard> stored() {
        return stored(asOf);
    }

    private Map<String, Scorecard> stored(LocalDate day) {
        return QuarkusTransaction.requiringNew()
                .call(() -> scorecards.scorecards(plan.year, day, CITY).scorecards())
                .stream()
                .filter(card -> units.contains(card.unitId()))
                .collect(Collectors.toMap(Scorecard::unitId, card -> card));
    }

    /** The same units scored from their assignments, reports and reminders themselves. */
    private Map<String, Scorecard> fromFacts() {
        return fromFacts(asOf);
    }

    private Map<String, Scorecard> fromFacts(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<AssignmentFacts>> byUnit = new LinkedHashMap<>();
            List<Assignment> live = Assignment.list(
                    "unitId in ?1 and planId = ?2 and created = true and cancelledAt is null", units, plan.planId);
            live.forEach(a -> byUnit.computeIfAbsent(a.unitId, u -> new ArrayList<>())
                    .add(new AssignmentFacts(
                            a.assignmentId,
                            a.unitId,
                            a.unitName,
                            a.regionCode,
                            a.role,
                            a.status,
                            a.deadline.toDeadline(),
                            a.assignedAt,
                            a.completedAt,
                            a.lastReportAt)));
            List<String> ids = live.stream().map(a -> a.assignmentId).toList();
            List<ReportFacts> reports = ProgressReport.<ProgressReport>list("assignmentId in ?1", ids).stream()
                    .map(r -> new ReportFacts(
                            r.reportId,
                            r.assignmentId,
                            r.status,
                            r.summary,
                            r.evidenceUrls,
                            r.reportedAt,
                            r.receivedAt))
                    .toList();
            List<ReminderFacts> reminders = Reminder.<Reminder>list("assignmentId in ?1", ids).stream()
                    .map(m -> new ReminderFacts(
                            m.reminderId, m.assignmentId, m.unitId, m.kind, m.escalationStep, m.issuedAt))
                    .toList();
            return new ScorecardCalculator(scorecards.weights().toWeights(), config.policy())
                    .scoreUnits(plan.year, byUnit, reports, reminders, day).stream()
                            .collect(Collectors.toMap(Scorecard::unitId, card -> card));
        });
    }

    /** Per assignment of the scenario (stubs too): "report times, reminders, urgings", the times in order. */
    private Map<String, String> counts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Assignment> rows = Assignment.list("unitId in ?1", units);
            return rows.stream()
                    .collect(Collectors.toMap(
                            a -> a.assignmentId,
                            a -> a.reportTimes.size() + " " + a.reminders + " " + a.urgings + " "
                                    + a.reportTimes.stream()
                                            .sorted()
                                            .map(Instant::toString)
                                            .toList()));
        });
    }

    private static String backfill() throws IOException {
        try (InputStream in = ScorecardCountsTest.class.getClassLoader().getResourceAsStream(BACKFILL)) {
            assertThat(in).as(BACKFILL).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

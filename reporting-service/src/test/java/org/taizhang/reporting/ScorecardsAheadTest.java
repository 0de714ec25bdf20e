package org.taizhang.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.reporting.PlanScenario.Unit;

/** The current year's scorecards kept ahead: answered a while after the figures change, then computed again. */
@QuarkusTest
@TestProfile(ScorecardsAheadTest.KeptAMinute.class)
class ScorecardsAheadTest {

    private static final String CITY = "328700";
    private static final String COUNTY = "328721";
    // The profile's own application joins the consumer group afresh: its first events can wait for a rebalance.
    private static final Duration CONSUMING = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** Kept scorecards answer for a minute; only requests (and startup) set a computation ahead going. */
    public static class KeptAMinute implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "taizhang.reporting.scorecards.max-staleness", "PT1M",
                    "taizhang.reporting.scorecards.refresh-interval", "PT1H");
        }
    }

    @Test
    void shouldAnswerAChangeFromTheKeptScorecardsThenRefreshThem() {
        EventFeed feed = new EventFeed(bootstrapServers);
        Unit fgw = Unit.lead("u-3287-fgw-" + UUID.randomUUID(), "癸市发展和改革委员会", CITY);
        PlanScenario plan = new PlanScenario("癸市计划", PlanScenario.today().getYear(), CITY, "癸市", null);
        String task =
                plan.task("1", "一、公开", PlanScenario.fixed(PlanScenario.today().plusDays(30)), null, fgw);
        feed.send(plan.published());
        feed.send(plan.created().toArray(new DomainEvent[0]));
        await().atMost(CONSUMING).until(() -> Api.counted(plan.planId, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> completedOnTime(scorecards(), fgw) == 0);
        JsonPath before = scorecards();

        feed.send(plan.status(
                plan.assignmentId(task, fgw), AssignmentStatus.NOT_STARTED, AssignmentStatus.COMPLETED, Instant.now()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.summary(plan.planId).getInt("tasks.completed") == 1);
        JsonPath kept = scorecards();

        assertThat(completedOnTime(kept, fgw)).isZero();
        assertThat(kept.getString("computedAt")).isEqualTo(before.getString("computedAt"));
        assertThat(Instant.parse(kept.getString("computedAt")))
                .isAfter(Instant.now().minus(Duration.ofMinutes(1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> completedOnTime(scorecards(), fgw) == 1);
        JsonPath refreshed = scorecards();
        assertThat(Instant.parse(refreshed.getString("computedAt")))
                .isAfter(Instant.parse(kept.getString("computedAt")));
        assertThat(refreshed.getLong("version")).isGreaterThan(kept.getLong("version"));
    }

    @Test
    void shouldTakeEachRegionsScorecardsFromTheYearsScorecards() {
        EventFeed feed = new EventFeed(bootstrapServers);
        String s = UUID.randomUUID().toString().substring(0, 8);
        Unit city = Unit.lead("u-3287-sjj-" + s, "癸市数据资源局", CITY);
        Unit county = Unit.lead("u-328721-zf-" + s, "癸市甲县人民政府办公室", COUNTY);
        Unit elsewhere = Unit.lead("u-3277-zf-" + s, "丑市人民政府办公室", "327700");
        PlanScenario plan = new PlanScenario("癸市年度计划", PlanScenario.today().getYear(), CITY, "癸市", null);
        plan.task("1", "一、公开", PlanScenario.fixed(PlanScenario.today().plusDays(30)), null, city, county, elsewhere);
        feed.send(plan.published());
        feed.send(plan.created().toArray(new DomainEvent[0]));
        List<String> ours = List.of(city.id(), county.id(), elsewhere.id());
        await().atMost(CONSUMING).until(() -> Api.counted(plan.planId, 3));
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        scorecards().getList("scorecards.unitId", String.class).containsAll(ours));

        List<String> all = scorecards().getList("scorecards.unitId", String.class);
        List<String> inCity = units("&regionCode=" + CITY);
        List<String> inCounty = units("&regionCode=" + COUNTY);

        assertThat(inCity).contains(city.id(), county.id()).doesNotContain(elsewhere.id());
        assertThat(inCounty).contains(county.id()).doesNotContain(city.id(), elsewhere.id());
        assertThat(inCity).allMatch(id -> id.startsWith("u-3287"));
        assertThat(all.stream().filter(inCity::contains).toList()).isEqualTo(inCity);
        assertThat(units("&regionCode=" + CITY + "&asOf=" + PlanScenario.today()).stream()
                        .filter(ours::contains)
                        .toList())
                .isEqualTo(inCity.stream().filter(ours::contains).toList());
    }

    private static JsonPath scorecards() {
        return Api.office("/api/reports/scorecards");
    }

    private static List<String> units(String query) {
        return Api.office("/api/reports/scorecards?year=" + PlanScenario.today().getYear() + query)
                .getList("scorecards.unitId", String.class);
    }

    private static int completedOnTime(JsonPath view, Unit unit) {
        Integer done = view.get("scorecards.find { it.unitId == '%s' }.completedOnTime".formatted(unit.id()));
        return done == null ? -1 : done;
    }
}

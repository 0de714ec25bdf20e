package org.taizhang.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.service.AssignmentPage;
import org.taizhang.assignment.service.AssignmentQuery;
import org.taizhang.assignment.service.AssignmentService;
import org.taizhang.testsupport.TestTokens;

/** Cursor paging of the assignment list: no duplicates or gaps across equal keys, bad cursors refused, capped total. */
@QuarkusTest
class AssignmentPagingTest {

    @Inject
    AssignmentService assignments;

    private static final String REGION = "348900";

    @Test
    void shouldWalkEveryOrderPageByPageWithoutDuplicatesOrGapsAcrossEqualSortKeys() {
        String plan = newPlan();
        // five tasks: two numbered 1, two without a number, one numbered 2; due dates tie or are missing
        String[][] tasks = {{"1", "2026-06-30"}, {"1", "2026-06-30"}, {null, null}, {null, "2026-03-31"}, {"2", null}};
        // three units, two of them with the same name
        String[][] units = {{"t-3489-a", "同名单位"}, {"t-3489-b", "同名单位"}, {"t-3489-c", "另一单位"}};
        for (int t = 0; t < tasks.length; t++) {
            for (String[] unit : units) {
                insert(plan, plan + "-t" + t, tasks[t][0], unit[0], unit[1], tasks[t][1], 1);
            }
        }
        for (String sort : new String[] {"PLAN", "DUE"}) {
            JsonPath whole = page(Map.of("planId", plan, "sort", sort, "size", 500));
            List<String> all = whole.getList("items.id");
            assertThat(all).hasSize(15).doesNotHaveDuplicates();
            assertThat(whole.getString("next")).isNull();

            List<String> walked = new ArrayList<>();
            String after = null;
            int pages = 0;
            do {
                Map<String, Object> params = after == null
                        ? Map.of("planId", plan, "sort", sort, "size", 4)
                        : Map.of("planId", plan, "sort", sort, "size", 4, "after", after);
                JsonPath page = page(params);
                assertThat(page.getLong("total")).isEqualTo(15);
                assertThat(page.getBoolean("totalExact")).isTrue();
                walked.addAll(page.getList("items.id"));
                after = page.getString("next");
                pages++;
            } while (after != null);

            assertThat(pages).isEqualTo(4);
            assertThat(walked).as(sort).containsExactlyElementsOf(all);
        }
        List<String> numbers = page(Map.of("planId", plan, "size", 500)).getList("items.taskNumber");
        assertThat(numbers.subList(9, 15)).containsOnlyNulls();
    }

    @Test
    void shouldRefuseAMalformedOrMisusedCursorWithAProblem() {
        String plan = newPlan();
        insert(plan, plan + "-t", "1", "t-3489-a", "甲", null, 3);
        String next = page(Map.of("planId", plan, "size", 1)).getString("next");
        assertThat(next).isNotNull();

        // not Base64; Base64 of "not-a-cursor"; a cursor of another version; one cut short inside its id
        for (String bad : new String[] {"%%%", "bm90LWEtY3Vyc29y", "YTEA" + next.substring(4), cutShort(next)}) {
            office().queryParam("after", bad)
                    .get("/api/assignments")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("after"));
        }
        office().queryParam("after", next)
                .queryParam("sort", "DUE")
                .get("/api/assignments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("PLAN"));
        office().queryParam("after", next)
                .queryParam("page", 1)
                .get("/api/assignments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldCapTheTotalOfALongListAndReachItsEndThroughTheCursor() {
        String plan = newPlan();
        insert(plan, plan + "-t", "1", "t-3489-a", "甲", "2026-12-31", 10_001);

        JsonPath first = page(Map.of("planId", plan, "size", 10));
        assertThat(first.getLong("total")).isEqualTo(10_000);
        assertThat(first.getBoolean("totalExact")).isFalse();
        assertThat(first.getString("next")).isNotNull();

        JsonPath last = page(Map.of("planId", plan, "size", 10, "page", 999));
        assertThat(last.getList("items")).hasSize(10);
        office().queryParams(Map.of("planId", plan, "size", 10, "page", 1000))
                .get("/api/assignments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));

        JsonPath beyond = page(Map.of("planId", plan, "size", 10, "after", last.getString("next")));
        assertThat(beyond.getList("items")).hasSize(1);
        assertThat(beyond.getString("next")).isNull();
        assertThat(new HashSet<>(beyond.getList("items.id"))).doesNotContainAnyElementsOf(last.getList("items.id"));
    }

    @Test
    void shouldCountAShortListExactlyOnItsLastNumberedPage() {
        String plan = newPlan();
        insert(plan, plan + "-t", "1", "t-3489-a", "甲", null, 7);

        office().queryParams(Map.of("planId", plan, "size", 5, "page", 1))
                .get("/api/assignments")
                .then()
                .statusCode(200)
                .body("total", equalTo(7))
                .body("totalExact", equalTo(true))
                .body("next", nullValue());
        office().queryParams(Map.of("planId", plan, "size", 5, "page", 3))
                .get("/api/assignments")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0))
                .body("total", equalTo(7));
        office().queryParams(Map.of("planId", plan, "size", 5))
                .get("/api/assignments")
                .then()
                .body("next", notNullValue());
    }

    @Test
    void shouldCountACityListOverAllItsCountiesAndTownsButNoOtherCity() {
        String plan = newPlan();
        insert(plan, plan + "-a", "1", "t-3489-a", "甲", null, 3, "348701");
        insert(plan, plan + "-b", "1", "t-3489-b", "乙", null, 2, "348799");
        insert(plan, plan + "-c", "1", "t-3489-c", "丙", null, 1, "348701100");
        insert(plan, plan + "-d", "1", "t-3489-a", "甲", null, 4, "348801");

        for (String city : new String[] {"348700", "3487"}) {
            JsonPath list = page(Map.of("planId", plan, "regionCode", city, "size", 2));
            assertThat(list.getLong("total")).as(city).isEqualTo(6);
            assertThat(list.getBoolean("totalExact")).isTrue();
        }
        assertThat(page(Map.of("planId", plan, "regionCode", "340000")).getLong("total"))
                .isEqualTo(10);
        assertThat(page(Map.of("planId", plan, "regionCode", "348701")).getLong("total"))
                .isEqualTo(4);
    }

    @Test
    void shouldWalkACitysOverdueListAcrossPlansSkippingPlansWithNothingOverdue() {
        String past = "2000-01-31";
        String[] plans = {newPlan(), newPlan(), newPlan()};
        insert(plans[0], plans[0] + "-a", "1", "t-3489-a", "甲", past, 3, "348601");
        insert(plans[0], plans[0] + "-b", "2", "t-3489-b", "乙", "2999-12-31", 2, "348601");
        insert(plans[1], plans[1] + "-a", "1", "t-3489-a", "甲", "2999-12-31", 40, "348601");
        insert(plans[2], plans[2] + "-a", null, "t-3489-c", "丙", past, 4, "348602100");
        insert(plans[2], plans[2] + "-b", "3", "t-3489-a", "甲", past, 2, "348801");
        insert(plans[2], plans[2] + "-c", "3", "t-3489-b", "乙", past, 2, "348601");
        QuarkusTransaction.requiringNew()
                .run(() -> Assignment.getEntityManager()
                        .createNativeQuery("update assignment set status = 'COMPLETED' where task_id = ?1")
                        .setParameter(1, plans[2] + "-c-1")
                        .executeUpdate());

        List<String> walked = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> params = new HashMap<>(Map.of("regionCode", "348600", "overdue", true, "size", 2));
            if (after != null) {
                params.put("after", after);
            }
            JsonPath page = page(params);
            assertThat(page.getLong("total")).isEqualTo(8);
            walked.addAll(page.getList("items.id"));
            after = page.getString("next");
        } while (after != null);

        assertThat(walked).doesNotHaveDuplicates().containsExactlyElementsOf(overdueInPlanOrder("3486%"));
        assertThat(walked).hasSize(8);
    }

    @Test
    void shouldListOnConnectionsThatWalkTheListIndexRatherThanSortAProvincePlanWhole() {
        Object incrementalSort = QuarkusTransaction.requiringNew().call(() -> setting("enable_incremental_sort"));

        assertThat(incrementalSort).isEqualTo("off");
    }

    @Test
    void shouldPlanAListForItsOwnValuesWithoutChangingHowOtherStatementsArePlanned() {
        String plan = newPlan();
        insert(plan, plan + "-a", "1", "t-3489-a", "甲", "2026-06-30", 1);

        Object inList = QuarkusTransaction.requiringNew().call(() -> {
            AssignmentPage found =
                    assignments.list(new AssignmentQuery(plan, null, null, null, null, null, 0, 50, null, null));
            assertThat(found.assignments()).hasSize(1);
            return planCacheMode();
        });
        Object elsewhere = QuarkusTransaction.requiringNew().call(AssignmentPagingTest::planCacheMode);

        assertThat(inList).isEqualTo("force_custom_plan");
        assertThat(elsewhere).isEqualTo("auto");
    }

    @Test
    void shouldReadAnOverdueWalkPlanByPlanInOrderWithoutSortingAPlanWhole() {
        Object inWalk = QuarkusTransaction.requiringNew().call(() -> {
            assignments.list(new AssignmentQuery(null, null, null, "348600", null, true, 0, 50, null, null));
            return setting("enable_sort");
        });
        Object inOtherList = QuarkusTransaction.requiringNew().call(() -> {
            assignments.list(new AssignmentQuery(null, null, null, "348600", null, null, 0, 50, null, null));
            return setting("enable_sort");
        });

        assertThat(inWalk).isEqualTo("off");
        assertThat(inOtherList).isEqualTo("on");
    }

    private static Object setting(String name) {
        return Assignment.getEntityManager()
                .createNativeQuery("select current_setting(?1)")
                .setParameter(1, name)
                .getSingleResult();
    }

    private static Object planCacheMode() {
        return setting("plan_cache_mode");
    }

    /** The region's overdue assignments in the list's plan order, as the table holds them. */
    @SuppressWarnings("unchecked")
    private static List<String> overdueInPlanOrder(String regionPrefix) {
        List<Object> ids = QuarkusTransaction.requiringNew()
                .call(() -> Assignment.getEntityManager()
                        .createNativeQuery("select cast(id as varchar) from assignment where region_code like ?1"
                                + " and deadline_kind = 'FIXED' and due_date < current_date and status <> 'COMPLETED'"
                                + " and cancelled_at is null"
                                + " order by plan_id, (task_number is null), coalesce(task_number, ''), unit_name, id")
                        .setParameter(1, regionPrefix)
                        .getResultList());
        return ids.stream().map(String::valueOf).toList();
    }

    private static String cutShort(String cursor) {
        String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        return Base64.getUrlEncoder()
                .encodeToString(text.substring(0, text.length() - 5).getBytes(StandardCharsets.UTF_8));
    }

    private static RequestSpecification office() {
        return given().auth().oauth2(TestTokens.office());
    }

    private static JsonPath page(Map<String, ?> params) {
        return office().queryParams(params)
                .get("/api/assignments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String newPlan() {
        String plan = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Assignment.getEntityManager();
            em.createNativeQuery(
                            "insert into tracked_plan (plan_id, title, year, region_code) values (?1, ?2, 2026, ?3)")
                    .setParameter(1, plan)
                    .setParameter(2, "分页测试 " + plan)
                    .setParameter(3, REGION)
                    .executeUpdate();
            for (String unit : new String[] {"t-3489-a", "t-3489-b", "t-3489-c"}) {
                em.createNativeQuery("insert into unit (id, name, kind, level, region_code, created_by, created_at,"
                                + " updated_by, updated_at) values (?1, ?1, 'DEPARTMENT', 'CITY', ?2, 'test', now(),"
                                + " 'test', now()) on conflict do nothing")
                        .setParameter(1, unit)
                        .setParameter(2, REGION)
                        .executeUpdate();
            }
        });
        return plan;
    }

    /** {@code count} assignments of the unit, tasks {@code task-1…}, all with this number, name and due date. */
    private static void insert(
            String plan, String task, String number, String unit, String unitName, String due, int count) {
        insert(plan, task, number, unit, unitName, due, count, REGION);
    }

    private static void insert(
            String plan,
            String task,
            String number,
            String unit,
            String unitName,
            String due,
            int count,
            String region) {
        QuarkusTransaction.requiringNew()
                .run(() -> Assignment.getEntityManager()
                        .createNativeQuery(
                                "insert into assignment (id, plan_id, task_id, task_number, task_title, unit_id,"
                                        + " unit_name, region_code, role, deadline_kind, due_date, status, created_at, updated_at)"
                                        + " select gen_random_uuid(), ?1, ?2 || '-' || n, cast(?3 as varchar), '任务', ?4, ?5, ?6, 'LEAD',"
                                        + " case when cast(?7 as date) is null then 'ONGOING' else 'FIXED' end, cast(?7 as date),"
                                        + " 'NOT_STARTED',"
                                        + " now(), now() from generate_series(1, ?8) n")
                        .setParameter(1, plan)
                        .setParameter(2, task)
                        .setParameter(3, number)
                        .setParameter(4, unit)
                        .setParameter(5, unitName)
                        .setParameter(6, region)
                        .setParameter(7, due)
                        .setParameter(8, count)
                        .executeUpdate());
    }
}

package org.taizhang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoAssignmentsTest {

    private static final String A = "6f1c2a9e-0000-4000-8000-000000000001";
    private static final String B = "6f1c2a9e-0000-4000-8000-000000000002";
    private static final String C = "6f1c2a9e-0000-4000-8000-000000000003";

    @Test
    void shouldGroupAssignmentIdsByPlanAndIgnoreOtherIds() {
        String page = "{\"items\":[{\"id\":\"" + A + "\",\"planId\":\"p1\",\"taskId\":\"t1\",\"unitId\":\"u1\"},"
                + "{\"id\":\"" + B + "\", \"planId\": \"p2\",\"taskId\":\"t2\"}],\"page\":0,\"total\":2}";
        Map<String, List<String>> byPlan = new LinkedHashMap<>();

        int found = DemoAssignments.collect(page, byPlan);

        assertThat(found).isEqualTo(2);
        assertThat(byPlan).containsOnlyKeys("p1", "p2");
        assertThat(byPlan.get("p1")).containsExactly(A);
    }

    @Test
    void shouldLeaveOutTheReportsScenarioRegionButCountItForPaging() {
        String page = "{\"items\":[{\"id\":\"" + A + "\",\"planId\":\"p1\",\"unitId\":\"341800-fgw\","
                + "\"regionCode\":\"341800\",\"deadline\":{\"raw\":\"年底前\"},\"status\":\"NOT_STARTED\"},"
                + "{\"id\":\"" + B + "\",\"planId\":\"bench\",\"unitId\":\"349900-bench-0001\","
                + "\"regionCode\":\"349900\",\"deadline\":{\"raw\":\"年底前\"}},"
                + "{\"id\":\"" + C + "\",\"planId\":\"p1\",\"regionCode\":\"341821\"}],\"total\":3}";
        Map<String, List<String>> byPlan = new LinkedHashMap<>();

        int found = DemoAssignments.collect(page, byPlan);

        assertThat(found).isEqualTo(3);
        assertThat(byPlan).containsOnlyKeys("p1");
        assertThat(byPlan.get("p1")).containsExactly(A, C);
        assertThat(DemoAssignments.ids(page)).containsExactly(A, B, C);
    }

    @Test
    void shouldGenerateFiftyNumberedTasksInFiveSections() {
        String plan = PlanScenario.fiftyTasks();

        assertThat(plan.lines().skip(1)).hasSize(50);
        assertThat(plan.lines().filter(l -> l.startsWith("("))).hasSize(5);
        assertThat(plan).contains("50.基准测试任务").contains("牵头，");
    }
}

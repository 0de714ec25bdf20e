package org.taizhang.reporting;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.SignedInReads;

/** Plan and unit figures need a Taizhang token with a Taizhang role. */
@QuarkusTest
class StrangerTokenTest {

    @Test
    void shouldRefuseSignedInReadsToOtherClientsAndToTokensWithoutARole() {
        SignedInReads.assertRefusedToStrangers(List.of(
                "/api/reports/plans?year=2026",
                "/api/reports/plans/00000000-0000-4000-8000-00000000beef/summary",
                "/api/reports/plans/00000000-0000-4000-8000-00000000beef/tasks/00000000-0000-4000-8000-00000000beef",
                "/api/reports/plans/00000000-0000-4000-8000-00000000beef/rollup",
                "/api/reports/units/341800-fgw/summary?year=2026",
                "/api/reports/overdue"));
    }
}

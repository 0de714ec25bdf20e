package org.taizhang.assignment;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.SignedInReads;

/** The directory, its export, assignments and ledgers need a Taizhang token with a Taizhang role. */
@QuarkusTest
class StrangerTokenTest {

    @Test
    void shouldRefuseSignedInReadsToOtherClientsAndToTokensWithoutARole() {
        SignedInReads.assertRefusedToStrangers(List.of(
                "/api/units",
                "/api/units/resolve?name=市发改委&regionCode=341800",
                "/api/units/341800-fgw",
                "/api/units/export?format=csv",
                "/api/units/341800-fgw/ledger?year=2026",
                "/api/assignments",
                "/api/assignments/00000000-0000-4000-8000-00000000beef",
                "/api/assignments/00000000-0000-4000-8000-00000000beef/audit"));
    }
}

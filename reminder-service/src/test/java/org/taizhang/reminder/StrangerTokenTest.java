package org.taizhang.reminder;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.SignedInReads;

/** The calendar and the reminders need a Taizhang token with a Taizhang role. */
@QuarkusTest
class StrangerTokenTest {

    @Test
    void shouldRefuseSignedInReadsToOtherClientsAndToTokensWithoutARole() {
        SignedInReads.assertRefusedToStrangers(List.of("/api/calendar/2026", "/api/reminders"));
    }
}

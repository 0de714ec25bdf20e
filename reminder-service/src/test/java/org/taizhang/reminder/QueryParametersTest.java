package org.taizhang.reminder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.taizhang.testsupport.BadQueries.PROBLEM_JSON;
import static org.taizhang.testsupport.BadQueries.assertRejectsParameter;
import static org.taizhang.testsupport.BadQueries.assertRejectsRaw;
import static org.taizhang.testsupport.BadQueries.officeGets;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Query parameters a client got wrong are a 400 problem naming the parameter, never a 404 or a 500. */
@QuarkusTest
class QueryParametersTest {

    @Test
    void shouldRejectAPageWhoseOffsetWouldOverflowOnEveryList() {
        for (String list : new String[] {"/api/reminders", "/api/deliveries", "/api/subscriptions"}) {
            assertRejectsParameter(list + "?page=21474837&size=100", "page");
        }
    }

    @Test
    void shouldRejectUnknownEnumValuesNamingTheAllowedOnes() {
        officeGets("/api/reminders?status=NOPE")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("detail", allOf(containsString("status"), containsString("DELIVERED")));
        officeGets("/api/deliveries?status=NOPE").statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldRejectAnIdThatIsNoUuid() {
        assertRejectsParameter("/api/deliveries?reminderId=nope", "reminderId");
    }

    @Test
    void shouldRejectAControlCharacterInAUnitIdOrPath() {
        assertRejectsRaw("/api/reminders?unitId=a%00b", "/api/reminder-policies/plans/x%00");
    }
}

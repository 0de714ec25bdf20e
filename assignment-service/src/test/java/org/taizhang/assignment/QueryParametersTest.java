package org.taizhang.assignment;

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
        for (String list : new String[] {"/api/assignments", "/api/units", "/api/pending", "/api/progress/batches"}) {
            assertRejectsParameter(list + "?page=21474837&size=100", "page");
        }
    }

    @Test
    void shouldRejectAnOverdueFlagThatIsNeitherTrueNorFalse() {
        assertRejectsParameter("/api/assignments?overdue=maybe", "overdue");
    }

    @Test
    void shouldRejectUnknownEnumValuesNamingTheAllowedOnes() {
        officeGets("/api/assignments?status=NOPE")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("detail", allOf(containsString("status"), containsString("NOT_STARTED")));
        officeGets("/api/units?kind=NOPE").statusCode(400).body("errors[0].field", equalTo("kind"));
        officeGets("/api/pending?status=NOPE").statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldRejectALedgerYearThatIsNotANumber() {
        assertRejectsParameter("/api/units/u-fgw/ledger?year=abc", "year");
    }

    @Test
    void shouldRejectAControlCharacterInAUnitIdOrPath() {
        assertRejectsRaw("/api/assignments?unitId=a%00b", "/api/units/a%00b", "/api/units?q=%7F");
    }
}

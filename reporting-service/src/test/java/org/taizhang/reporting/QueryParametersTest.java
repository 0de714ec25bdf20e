package org.taizhang.reporting;

import static org.taizhang.testsupport.BadQueries.assertRejectsParameter;
import static org.taizhang.testsupport.BadQueries.assertRejectsRaw;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Paths and query parameters a client got wrong are a 400 problem, never a 500. */
@QuarkusTest
class QueryParametersTest {

    @Test
    void shouldRejectAControlCharacterInAPathOrQuery() {
        assertRejectsRaw(
                "/dashboard/units/a%00b",
                "/api/reports/plans/x%00/annual",
                "/api/reports/plans/x/summary%01",
                "/api/reports/overdue?unitId=a%00b",
                "/dashboard?year=%00");
    }

    @Test
    void shouldRejectAPageBeyondTheLastThatCanBeCounted() {
        assertRejectsParameter("/api/reports/plans?page=21474837&size=100", "page");
    }
}

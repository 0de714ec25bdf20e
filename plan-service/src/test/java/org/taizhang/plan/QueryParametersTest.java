package org.taizhang.plan;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.taizhang.testsupport.BadQueries.assertRejectsParameter;
import static org.taizhang.testsupport.BadQueries.assertRejectsRaw;
import static org.taizhang.testsupport.BadQueries.officeGets;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Query parameters a client got wrong are a 400 problem naming the parameter, never a 404 or a 500. */
@QuarkusTest
class QueryParametersTest {

    @Test
    void shouldRejectAPageWhoseOffsetWouldOverflow() {
        assertRejectsParameter("/api/plans?page=21474837&size=100", "page");
    }

    @Test
    void shouldStillServeTheLastPageThatCanBeCounted() {
        officeGets("/api/plans?page=4294968&size=200").statusCode(400);
        officeGets("/api/plans?page=4294967&size=200").statusCode(200).body("items", empty());
    }

    @Test
    void shouldRejectAYearThatIsNotANumberNamingIt() {
        assertRejectsParameter("/api/plans?year=abc", "year");
    }

    @Test
    void shouldRejectAnUnknownStatusNamingTheAllowedValues() {
        assertRejectsParameter("/api/plans?status=NOPE", "status")
                .body("detail", allOf(containsString("status"), containsString("DRAFT"), containsString("PUBLISHED")));
    }

    @Test
    void shouldRejectAFlagThatIsNeitherTrueNorFalse() {
        assertRejectsParameter("/api/plans/00000000-0000-4000-8000-000000000001/tasks?withdrawn=maybe", "withdrawn");
    }

    @Test
    void shouldRejectAControlCharacterInTheSearchTextOrPath() {
        assertRejectsRaw("/api/plans?q=a%00b", "/api/plans/a%00b", "/api/plans?regionCode=%0D%0A");
    }
}

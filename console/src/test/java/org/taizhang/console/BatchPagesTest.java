package org.taizhang.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.console.Samples.ASSIGNMENT_ID;
import static org.taizhang.console.UpstreamServices.Answer.json;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/** A county integration admin sees the batches their system pushed and what became of each report. */
@QuarkusTest
class BatchPagesTest {

    private static final String BATCH_ID = "3e5b0b7e-3c52-4d8e-9a57-0f4f8f0e2a11";
    private static final String BATCH = "{\"id\":\"" + BATCH_ID + "\",\"reportedBy\":\"service-account-county-341821\","
            + "\"reportedVia\":\"INTEGRATION\",\"region\":\"341821\",\"receivedAt\":\"2026-09-30T08:00:01Z\","
            + "\"reports\":2,\"accepted\":1,\"duplicates\":0,\"rejected\":1";

    @BeforeEach
    void batches() {
        UpstreamServices.reset();
        UpstreamServices.answer(
                "GET",
                "/api/progress/batches",
                json("{\"items\":[" + BATCH + "}],\"page\":0,\"size\":20,\"total\":1}"));
        UpstreamServices.answer(
                "GET",
                "/api/progress/batches/" + BATCH_ID,
                json(BATCH + ",\"results\":[{\"position\":0,\"reportId\":\"lx-0012\",\"outcome\":\"ACCEPTED\","
                        + "\"assignmentId\":\"" + ASSIGNMENT_ID + "\",\"taskNumber\":\"12\",\"unitName\":\"郎溪县人民政府\"},"
                        + "{\"position\":1,\"reportId\":\"lx-0013\",\"outcome\":\"REJECTED\",\"code\":\"INVALID_FIELD\","
                        + "\"reason\":\"status: DONE is not one of NOT_STARTED\"}]}"));
    }

    @Test
    void shouldListTheBatchesWithTheirCounts() {
        String page = Browser.as(TestTokens.integration("341821"))
                .get("/county/batches")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains("共 1 批", "2026-09-30 16:00", "<strong>1</strong>", "/county/batches/" + BATCH_ID);
        assertThat(UpstreamServices.calls("GET", "/api/progress/batches").get(0).query())
                .isEqualTo("page=0&size=20");
    }

    @Test
    void shouldShowEachReportsOutcomeAndWhyARejectedOneWasRefused() {
        String page = Browser.as(TestTokens.integration("341821"))
                .get("/county/batches/" + BATCH_ID)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page)
                .contains("已采用", "郎溪县人民政府", "href=\"/assignments/" + ASSIGNMENT_ID + "\"")
                .contains("退回", "INVALID_FIELD", "status: DONE is not one of NOT_STARTED");
    }

    @Test
    void shouldShowNotFoundForABatchTheServiceHides() {
        UpstreamServices.answer(
                "GET",
                "/api/progress/batches/" + BATCH_ID,
                json(404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No such batch\"}"));

        Browser.as(TestTokens.integration("341823"))
                .get("/county/batches/" + BATCH_ID)
                .then()
                .statusCode(404);
    }
}

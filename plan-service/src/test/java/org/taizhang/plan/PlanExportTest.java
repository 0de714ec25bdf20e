package org.taizhang.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taizhang.plan.parse.ParsedDocument;
import org.taizhang.plan.parse.PlanDocumentImporter;
import org.taizhang.testsupport.TestTokens;

@QuarkusTest
class PlanExportTest {

    @Test
    void shouldExportAPublishedPlanThatReadsBackAsTheSameTasks() {
        String planId = PlanApi.draftWithTwoTasks("导出测试计划");
        PlanApi.publish(planId, Map.of("defaultDeadline", "年底前")).statusCode(200);

        byte[] xlsx = given().get("/api/plans/" + planId + "/export?format=xlsx")
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract()
                .asByteArray();
        byte[] docx = given().header(
                        "Accept", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .get("/api/plans/" + planId + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();

        for (ParsedDocument back : new ParsedDocument[] {
            new PlanDocumentImporter().read(xlsx, "plan.xlsx", 2026),
            new PlanDocumentImporter().read(docx, "plan.docx", 2026)
        }) {
            assertThat(back.tasks()).hasSize(2);
            assertThat(back.tasks().get(0).title()).isEqualTo("主动公开规划纲要");
            assertThat(back.tasks().get(0).sectionPath()).containsExactly("一、做好规划公开", "(一) 做好各类规划主动公开");
            assertThat(back.tasks().get(1).deadline().raw()).isEqualTo("年底前");
        }
    }

    @Test
    void shouldKeepDraftExportsToTheOfficeAndRejectUnknownFormats() {
        String planId = PlanApi.draftWithTwoTasks("草稿导出");

        given().get("/api/plans/" + planId + "/export").then().statusCode(404);
        given().auth()
                .oauth2(TestTokens.office())
                .get("/api/plans/" + planId + "/export?format=docx")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.office())
                .get("/api/plans/" + planId + "/export?format=pdf")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}

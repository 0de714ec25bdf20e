package org.taizhang.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.taizhang.assignment.PlanFixture.mention;
import static org.taizhang.assignment.PlanFixture.task;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.evidence.EvidenceFixtures;
import org.taizhang.events.EventCodec;
import org.taizhang.events.EventType;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.testsupport.TestTokens;

@QuarkusTest
class EvidenceTest {

    private static final String CITY = "349400";
    private static final String FGW = "t-3494-fgw";
    private static final String COUNTY = "t-349401-gov";
    private static final String EVIDENCE = "https://www.example.gov.cn/zwgk/2026/t4.html";

    @Inject
    PlanFixture fixture;

    @Inject
    EntityManager entityManager;

    private Assignment fgw;
    private Assignment county;

    @BeforeEach
    void plan() {
        fixture.unit(FGW, "癸市发展和改革委员会", UnitKind.DEPARTMENT, UnitLevel.CITY, CITY, "市发改委");
        fixture.unit(COUNTY, "子县人民政府", UnitKind.GOVERNMENT, UnitLevel.COUNTY, "349401");
        String planId = fixture.publish(
                CITY,
                2026,
                List.of(task(
                        "1",
                        PlanFixture.YEAR_END,
                        mention("市发改委", UnitRole.LEAD),
                        mention("子县人民政府", UnitRole.RESPONSIBLE))));
        fgw = fixture.assignment(planId, "1", FGW);
        county = fixture.assignment(planId, "1", COUNTY);
    }

    @Test
    void shouldKeepAnUploadedFileAndServeItToTheAssignmentsReaders() throws Exception {
        ExtractableResponse<Response> uploaded = upload(
                        TestTokens.unit(FGW), fgw.id, "发布截图 1.png", EvidenceFixtures.PNG)
                .statusCode(201)
                .body("fileName", equalTo("发布截图 1.png"))
                .body("contentType", equalTo("image/png"))
                .body("size", equalTo(EvidenceFixtures.PNG.length))
                .body("sha256", equalTo(sha256(EvidenceFixtures.PNG)))
                .body("uploadedBy", equalTo("unit-" + FGW))
                .extract();
        String download = uploaded.path("download");
        assertThat(uploaded.header("Location")).endsWith(download);
        assertThat(download).isEqualTo("/api/assignments/" + fgw.id + "/evidence/" + uploaded.path("id"));

        given().auth()
                .oauth2(TestTokens.auditor())
                .get("/api/assignments/" + fgw.id + "/evidence")
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(uploaded.<String>path("id"))))
                .body("[0].createdAt", equalTo(uploaded.<String>path("createdAt")));
        ExtractableResponse<Response> file = given().auth()
                .oauth2(TestTokens.office())
                .get(download)
                .then()
                .statusCode(200)
                .contentType("image/png")
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Content-Disposition",
                        equalTo("attachment; filename=\"____ 1.png\";"
                                + " filename*=UTF-8''%E5%8F%91%E5%B8%83%E6%88%AA%E5%9B%BE%201.png"))
                .extract();
        assertThat(file.asByteArray()).isEqualTo(EvidenceFixtures.PNG);
    }

    @Test
    void shouldLetOnlyThoseWhoReportOnTheAssignmentUploadAndOnlyItsReadersRead() {
        upload(TestTokens.unit(COUNTY), fgw.id, "a.pdf", EvidenceFixtures.PDF)
                .statusCode(403)
                .contentType("application/problem+json");
        upload(TestTokens.integration("349401"), fgw.id, "a.pdf", EvidenceFixtures.PDF)
                .statusCode(403);
        upload(TestTokens.auditor(), fgw.id, "a.pdf", EvidenceFixtures.PDF).statusCode(403);
        upload(TestTokens.unit(FGW), UUID.randomUUID(), "a.pdf", EvidenceFixtures.PDF)
                .statusCode(404);
        String countyFile = upload(TestTokens.integration("349401"), county.id, "a.pdf", EvidenceFixtures.PDF)
                .statusCode(201)
                .body("contentType", equalTo("application/pdf"))
                .extract()
                .path("id");
        String fgwFile = upload(TestTokens.office(), fgw.id, "b.gif", EvidenceFixtures.GIF)
                .statusCode(201)
                .extract()
                .path("id");

        read(TestTokens.unit(COUNTY), "/api/assignments/" + fgw.id + "/evidence")
                .statusCode(403);
        read(TestTokens.unit(COUNTY), "/api/assignments/" + fgw.id + "/evidence/" + fgwFile)
                .statusCode(403)
                .contentType("application/problem+json");
        read(TestTokens.unit(COUNTY), "/api/assignments/" + county.id + "/evidence/" + countyFile)
                .statusCode(200)
                .contentType("application/pdf");
        // a file of another assignment is not reached through one the caller may read
        read(TestTokens.unit(COUNTY), "/api/assignments/" + county.id + "/evidence/" + fgwFile)
                .statusCode(404)
                .contentType("application/problem+json");
        read(TestTokens.unit(FGW), "/api/assignments/" + fgw.id + "/evidence/" + UUID.randomUUID())
                .statusCode(404);
    }

    @Test
    void shouldRefuseFilesTooLargeOfAnotherKindEmptyOrBadlyNamed() {
        byte[] tooLarge = Arrays.copyOf(EvidenceFixtures.PDF, 10 * 1024 * 1024 + 1);
        upload(TestTokens.unit(FGW), fgw.id, "big.pdf", tooLarge)
                .statusCode(413)
                .contentType("application/problem+json");
        upload(TestTokens.unit(FGW), fgw.id, "page.pdf", "<html>%PDF-</html>".getBytes())
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("not a PDF, PNG, JPEG, GIF, WebP, DOCX, XLSX, DOC or XLS"));
        upload(TestTokens.unit(FGW), fgw.id, "evil.docx", EvidenceFixtures.zip("word/document.xml"))
                .statusCode(415)
                .body("detail", containsString("a ZIP archive that is not a Word or Excel document"));
        upload(TestTokens.unit(FGW), fgw.id, "empty.pdf", new byte[0])
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("The file is empty"));
        upload(TestTokens.unit(FGW), fgw.id, "名".repeat(256) + ".pdf", EvidenceFixtures.PDF)
                .statusCode(422)
                .body("detail", containsString("longer than 255 characters"));
        given().auth()
                .oauth2(TestTokens.unit(FGW))
                .multiPart("note", "no file")
                .post("/api/assignments/" + fgw.id + "/evidence")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");

        read(TestTokens.office(), "/api/assignments/" + fgw.id + "/evidence")
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void shouldLinkAReportOnlyToFilesOfItsOwnAssignment() {
        String fgwFile = upload(TestTokens.unit(FGW), fgw.id, "a.xlsx", xlsx())
                .statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .extract()
                .path("id");
        Map<String, Object> body = report("r-" + UUID.randomUUID(), List.of(fgwFile));
        String reportId = given().auth()
                .oauth2(TestTokens.unit(FGW))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/assignments/" + fgw.id + "/progress")
                .then()
                .statusCode(201)
                .body("evidenceFileIds", equalTo(List.of(fgwFile)))
                .extract()
                .path("id");
        assertThat(publishedReport(reportId).evidenceFileIds()).containsExactly(fgwFile);
        read(TestTokens.auditor(), "/api/assignments/" + fgw.id + "/progress")
                .statusCode(200)
                .body("[0].evidenceFileIds", equalTo(List.of(fgwFile)));

        given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(report("r-" + UUID.randomUUID(), List.of(fgwFile)))
                .post("/api/assignments/" + county.id + "/progress")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("evidence file " + fgwFile + " is not one of this assignment's"));
        read(TestTokens.office(), "/api/assignments/" + county.id + "/progress")
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void shouldRejectOnlyTheBatchReportCitingAnotherAssignmentsFile() {
        String fgwFile = upload(TestTokens.unit(FGW), fgw.id, "a.doc", EvidenceFixtures.ole2("WordDocument"))
                .statusCode(201)
                .body("contentType", equalTo("application/msword"))
                .extract()
                .path("id");
        Map<String, Object> own = report("b-" + UUID.randomUUID(), List.of(fgwFile));
        own.put("assignmentId", fgw.id.toString());
        Map<String, Object> foreign = report("b-" + UUID.randomUUID(), List.of(fgwFile));
        foreign.put("assignmentId", county.id.toString());
        Map<String, Object> unknown =
                report("b-" + UUID.randomUUID(), List.of(UUID.randomUUID().toString()));
        unknown.put("assignmentId", fgw.id.toString());

        given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(Map.of("reports", List.of(own, foreign, unknown)))
                .post("/api/progress/batch")
                .then()
                .statusCode(200)
                .body("results.outcome", equalTo(List.of("ACCEPTED", "REJECTED", "REJECTED")))
                .body("results[1].code", equalTo("INVALID_FIELD"))
                .body("results[1].reason", containsString("evidence file " + fgwFile + " is not one of"))
                .body("results[2].reason", containsString("is not one of this assignment's"));
        read(TestTokens.office(), "/api/assignments/" + fgw.id + "/progress")
                .statusCode(200)
                .body("evidenceFileIds", equalTo(List.of(List.of(fgwFile))));
    }

    private static byte[] xlsx() {
        return EvidenceFixtures.zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml");
    }

    private static Map<String, Object> report(String reportId, List<String> files) {
        Map<String, Object> body = new HashMap<>();
        body.put("reportId", reportId);
        body.put("status", "IN_PROGRESS");
        body.put("summary", "已上传佐证材料");
        body.put("evidence", List.of(EVIDENCE));
        body.put("evidenceFileIds", files);
        return body;
    }

    /** The form as browsers send it: the file's name in UTF-8, as it is, in the part's header. */
    /** The progress.reported event the outbox holds for a report. */
    private ProgressReported publishedReport(String reportId) {
        String payload = (String) PlanFixture.inTx(() -> entityManager
                .createNativeQuery("SELECT payload FROM outbox_event WHERE event_type = :type AND payload LIKE :report")
                .setParameter("type", EventType.PROGRESS_REPORTED.type())
                .setParameter("report", "%\"reportId\":\"" + reportId + "\"%")
                .getSingleResult());
        return EventCodec.instance().fromJson(payload, ProgressReported.class);
    }

    private static ValidatableResponse upload(String token, UUID assignmentId, String name, byte[] content) {
        String boundary = "evidence-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return given().auth()
                .oauth2(token)
                .contentType("multipart/form-data; boundary=" + boundary)
                .body(body.toByteArray())
                .post("/api/assignments/" + assignmentId + "/evidence")
                .then();
    }

    private static ValidatableResponse read(String token, String path) {
        return given().auth().oauth2(token).get(path).then();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}

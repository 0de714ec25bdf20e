package org.taizhang.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

@QuarkusTest
class UnitDirectoryTransferTest {

    private static final String CSV = "text/csv";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER = "id,name,aliases,kind,level,regionCode,parentId";

    /** A small city of its own (3497xx, used by no other test); adding it again is a harmless 409. */
    @BeforeEach
    void demoCity() {
        add(Map.of(
                "id", "t-3497-gov", "name", "测试丁市人民政府", "kind", "GOVERNMENT", "level", "CITY", "regionCode", "349700"));
        add(Map.of(
                "id", "t-3497-fgw",
                "name", "测试丁市发展和改革委员会",
                "aliases", List.of("市发改委", "市发展改革委"),
                "kind", "DEPARTMENT",
                "level", "CITY",
                "regionCode", "349700",
                "parentId", "t-3497-gov"));
        add(Map.of(
                "id", "t-349701-gov",
                "name", "丁一县人民政府",
                "kind", "GOVERNMENT",
                "level", "COUNTY",
                "regionCode", "349701",
                "parentId", "t-3497-gov"));
    }

    @Test
    void shouldExportCsvAndImportItBackUnchanged() {
        String updatedAt = unit("t-3497-fgw").extract().path("updatedAt");
        byte[] file = given().auth()
                .oauth2(TestTokens.unit("t-3497-fgw"))
                .queryParam("regionCode", "349700")
                .get("/api/units/export")
                .then()
                .statusCode(200)
                .contentType(startsWith(CSV))
                .header("Content-Disposition", equalTo("attachment; filename=\"units-349700.csv\""))
                .extract()
                .asByteArray();
        String text = new String(file, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();

        assertThat(text).startsWith("\uFEFF" + HEADER + "\r\n");
        assertThat(lines).contains("t-3497-fgw,测试丁市发展和改革委员会,市发改委|市发展改革委,DEPARTMENT,CITY,349700,t-3497-gov");
        importing(CSV, file)
                .statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(lines.size() - 1));
        unit("t-3497-fgw").body("updatedAt", equalTo(updatedAt));
    }

    @Test
    void shouldExportNamesThatLookLikeFormulasAsQuotedTextAndImportThemBackUnchanged() {
        add(Map.of(
                "id", "t-349709-gov",
                "name", "=HYPERLINK(\"http://evil.example\",\"点此\")",
                "aliases", List.of("@SUM(1+1)"),
                "kind", "GOVERNMENT",
                "level", "COUNTY",
                "regionCode", "349709",
                "parentId", "t-3497-gov"));
        String updatedAt = unit("t-349709-gov").statusCode(200).extract().path("updatedAt");
        byte[] file = given().auth()
                .oauth2(TestTokens.office())
                .queryParam("regionCode", "349709")
                .queryParam("format", "csv")
                .get("/api/units/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();

        assertThat(new String(file, StandardCharsets.UTF_8))
                .contains("\r\nt-349709-gov,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点此\"\")\",\"'@SUM(1+1)\",");
        importing(CSV, file).statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0));
        unit("t-349709-gov")
                .body("name", equalTo("=HYPERLINK(\"http://evil.example\",\"点此\")"))
                .body("aliases", contains("@SUM(1+1)"))
                .body("updatedAt", equalTo(updatedAt));
    }

    @Test
    void shouldCreateAndUpdateFromAGbkFileWithChildrenBeforeParents() {
        byte[] file = csv(
                Charset.forName("GB18030"),
                "单位编码,单位名称,别名,类型,层级,区划代码,上级单位编码",
                "t-349702-jy,丁二县教育局,县教育局,部门,县级,349702,t-349702-gov",
                "t-349702-gov,丁二县人民政府,,人民政府,县级,349702,t-3497-gov",
                "t-349701-gov,丁一县人民政府,一县政府；县政府,政府,县级,349701,t-3497-gov");

        given().auth()
                .oauth2(TestTokens.office())
                .contentType("application/octet-stream")
                .queryParam("format", "csv")
                .body(file)
                .post("/api/units/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(2))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(0));
        unit("t-349702-jy").body("parentId", equalTo("t-349702-gov")).body("kind", equalTo("DEPARTMENT"));
        unit("t-349701-gov")
                .body("aliases", containsInAnyOrder("一县政府", "县政府"))
                .body("updatedBy", equalTo("office-clerk"));
    }

    @Test
    void shouldRejectTheWholeFileListingEveryBadRowAndWriteNothing() {
        byte[] file = csv(
                StandardCharsets.UTF_8,
                HEADER,
                "t-349703-gov,丁三县人民政府,,GOVERNMENT,COUNTY,349703,t-3497-gov",
                "t-349703-a,丁三县甲局,,DEPARTMENT,COUNTY,34970,t-349703-gov",
                "t-349703-b,丁三县乙局,,DEPARTMENT,COUNTY,349703,t-nowhere",
                "t-3497-gov,测试丁市政府（改名）,,GOVERNMENT,CITY,349700,");

        importing(CSV, file)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("rows[3].regionCode", "rows[4].parentId"));
        unit("t-349703-gov").statusCode(404);
        unit("t-3497-gov").body("name", equalTo("测试丁市人民政府"));
    }

    @Test
    void shouldLetOnlyTheOfficeImport() {
        byte[] file = csv(StandardCharsets.UTF_8, HEADER, "t-349704-gov,丁四县人民政府,,GOVERNMENT,COUNTY,349704,");

        for (String token :
                List.of(TestTokens.unit("t-3497-fgw"), TestTokens.auditor(), TestTokens.integration("349704"))) {
            given().auth()
                    .oauth2(token)
                    .contentType(CSV)
                    .body(file)
                    .post("/api/units/import")
                    .then()
                    .statusCode(403);
        }
        given().contentType(CSV).body(file).post("/api/units/import").then().statusCode(401);
        unit("t-349704-gov").statusCode(404);
    }

    @Test
    void shouldImportAWorkbookAndExportOneThatImportsBackUnchanged() throws IOException {
        byte[] workbook = workbook(
                List.of("序号", "单位名称", "单位编码", "单位类型", "级别", "行政区划代码", "上级单位"),
                List.of("1", "丁五县人民政府", "t-349705-gov", "政府", "县级", "349705", "t-3497-gov"),
                List.of("2", "丁五县建设镇人民政府", "t-349705-js", "乡镇", "乡镇级", "349705100", "t-349705-gov"));

        importing(XLSX, workbook).statusCode(200).body("created", equalTo(2));
        byte[] exported = given().auth()
                .oauth2(TestTokens.auditor())
                .accept(XLSX)
                .queryParam("regionCode", "349705")
                .get("/api/units/export")
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .header("Content-Disposition", equalTo("attachment; filename=\"units-349705.xlsx\""))
                .extract()
                .asByteArray();
        importing(XLSX, exported).statusCode(200).body("unchanged", equalTo(2)).body("created", equalTo(0));
        unit("t-349705-js").body("kind", equalTo("TOWNSHIP")).body("level", equalTo("TOWN"));
    }

    @Test
    void shouldAnswerProblemsForAnUnreadableFileAnUnknownFormatAndABadRegion() {
        importing(XLSX, "not a workbook".getBytes(StandardCharsets.UTF_8))
                .statusCode(422)
                .body("errors.field", containsInAnyOrder("file"));
        importing(CSV, new byte[0]).statusCode(422);
        given().auth()
                .oauth2(TestTokens.office())
                .queryParam("format", "pdf")
                .get("/api/units/export")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("format"));
        given().auth()
                .oauth2(TestTokens.office())
                .queryParam("regionCode", "34970")
                .get("/api/units/export")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldAskAnAnonymousImporterForATokenBeforeLookingAtItsContentType() {
        byte[] file = csv(StandardCharsets.UTF_8, HEADER, "t-349706-gov,丁六县人民政府,,GOVERNMENT,COUNTY,349706,");

        given().contentType("text/plain")
                .body(file)
                .post("/api/units/import")
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
        unit("t-349706-gov").statusCode(404);
    }

    @Test
    void shouldRefuseTheOfficeAnImportThatIsNeitherCsvNorAWorkbook() {
        byte[] file = csv(StandardCharsets.UTF_8, HEADER, "t-349707-gov,丁七县人民政府,,GOVERNMENT,COUNTY,349707,");

        importing("text/plain", file).statusCode(415).contentType(PROBLEM_JSON).body("status", equalTo(415));
        unit("t-349707-gov").statusCode(404);
    }

    private static ValidatableResponse importing(String contentType, byte[] file) {
        return given().auth()
                .oauth2(TestTokens.office())
                .contentType(contentType)
                .body(file)
                .post("/api/units/import")
                .then();
    }

    private static ValidatableResponse unit(String id) {
        return given().auth()
                .oauth2(TestTokens.office())
                .get("/api/units/" + id)
                .then();
    }

    private static byte[] csv(Charset charset, String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    @SafeVarargs
    private static byte[] workbook(List<String>... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("单位");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(rows[r].get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void add(Map<String, Object> unit) {
        given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(unit)
                .post("/api/units");
    }
}

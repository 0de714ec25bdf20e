package org.taizhang.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.console.UpstreamServices.Answer.json;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directory as a file: the office's list imported as it was uploaded, and the directory exported. */
@QuarkusTest
class UnitFilesTest {

    private static final String CSV =
            "单位编码,单位名称,别名,类型,层级,区划代码,上级单位编码\r\n" + "341800-fgw,宣城市发展和改革委员会,市发改委,部门,市级,341800,\r\n";

    @BeforeEach
    void directory() {
        UpstreamServices.reset();
        UpstreamServices.answer("GET", "/api/units", json(OfficeSamples.unitPage()));
    }

    @Test
    void shouldPassTheUploadedFileOnAsItIsAndShowWhatTheImportDid() {
        UpstreamServices.answer("POST", "/api/units/import", json("{\"created\":12,\"updated\":3,\"unchanged\":140}"));
        byte[] file = CSV.getBytes(StandardCharsets.UTF_8);
        MultipartForm form = new MultipartForm().file("file", "单位名录.CSV", "application/vnd.ms-excel", file);

        Response imported = Browser.office()
                .contentType(form.contentType())
                .body(form.bytes())
                .post("/units/import");
        String page = Browser.office()
                .get(imported.header("Location"))
                .then()
                .statusCode(200)
                .extract()
                .asString();

        UpstreamServices.Call sent =
                UpstreamServices.calls("POST", "/api/units/import").get(0);
        assertThat(sent.body()).isEqualTo(file);
        assertThat(sent.contentType()).startsWith("application/octet-stream");
        assertThat(sent.query()).isEqualTo("format=csv");
        assertThat(sent.authorization()).startsWith("Bearer ");
        assertThat(imported.statusCode()).isEqualTo(303);
        assertThat(imported.header("Location"))
                .endsWith("/units?notice=units-imported&created=12&updated=3&unchanged=140");
        assertThat(page).contains("名录已导入：新增 12 个单位，更新 3 个，140 个未变");
    }

    @Test
    void shouldLetTheServiceTellTheFormatOfAFileNamedOtherwise() {
        UpstreamServices.answer("POST", "/api/units/import", json("{\"created\":1,\"updated\":0,\"unchanged\":0}"));
        MultipartForm form = new MultipartForm()
                .file("file", "名录", "application/octet-stream", CSV.getBytes(StandardCharsets.UTF_8));

        Browser.office().contentType(form.contentType()).body(form.bytes()).post("/units/import");

        assertThat(UpstreamServices.calls("POST", "/api/units/import").get(0).query())
                .isNull();
    }

    @Test
    void shouldShowEachRefusedRowBesideTheImportFormWithTheServicesStatus() {
        UpstreamServices.answer(
                "POST",
                "/api/units/import",
                json(
                        422,
                        "{\"title\":\"Unprocessable Content\",\"status\":422,\"detail\":\"文件中有 1 处错误，未导入任何单位\","
                                + "\"errors\":[{\"field\":\"rows[3].regionCode\",\"message\":\"区划代码「34180」无效\"}]}"));
        MultipartForm form =
                new MultipartForm().file("file", "单位名录.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));

        String page = Browser.office()
                .contentType(form.contentType())
                .body(form.bytes())
                .post("/units/import")
                .then()
                .statusCode(422)
                .extract()
                .asString();

        int importForm = page.indexOf("action=\"/units/import\"");
        int error = page.indexOf("第 3 行：区划代码「34180」无效");
        assertThat(error).isPositive().isLessThan(importForm);
        assertThat(page).contains("未能导入，名录未作任何改动");
    }

    @Test
    void shouldRefuseAnImportWithoutAFileBeforeCallingTheService() {
        MultipartForm form = new MultipartForm().file("file", "", "application/octet-stream", new byte[0]);

        String page = Browser.office()
                .contentType(form.contentType())
                .body(form.bytes())
                .post("/units/import")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        assertThat(page).contains("请选择要导入的单位名录文件");
        assertThat(UpstreamServices.calls("POST", "/api/units/import")).isEmpty();
    }

    @Test
    void shouldPassTheExportOnAsADownloadOfTheRegionAsked() {
        UpstreamServices.answer(
                "GET",
                "/api/units/export",
                new UpstreamServices.Answer(
                        200,
                        "text/csv; charset=UTF-8",
                        CSV.getBytes(StandardCharsets.UTF_8),
                        Map.of("Content-Disposition", "attachment; filename=\"units-341800.csv\"")));

        Response download = Browser.office().get("/units/export?format=csv&regionCode=341800");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"units-341800.csv\"");
        assertThat(download.asByteArray()).isEqualTo(CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(UpstreamServices.calls("GET", "/api/units/export").get(0).query())
                .isEqualTo("format=csv&regionCode=341800");
    }

    @Test
    void shouldRefuseAnUnknownExportFormatWith400() {
        Browser.office().get("/units/export?format=pdf").then().statusCode(400);

        assertThat(UpstreamServices.calls()).isEmpty();
    }
}

package org.taizhang.console;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import org.taizhang.testsupport.TestTokens;

/** Requests as a signed-in person's browser makes them: their token, and the console's own origin on form posts. */
final class Browser {

    /** Browsers send forms and multipart text in the page's encoding, UTF-8. */
    private static final RestAssuredConfig UTF8 = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));

    private Browser() {}

    static RequestSpecification office() {
        return as(TestTokens.office());
    }

    static RequestSpecification unit(String unitId) {
        return as(TestTokens.unit(unitId));
    }

    static RequestSpecification auditor() {
        return as(TestTokens.auditor());
    }

    static RequestSpecification as(String token) {
        return given().config(UTF8)
                .redirects()
                .follow(false)
                .auth()
                .oauth2(token)
                .header("Origin", "http://localhost:" + RestAssured.port);
    }
}

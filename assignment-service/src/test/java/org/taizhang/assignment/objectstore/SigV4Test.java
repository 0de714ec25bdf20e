package org.taizhang.assignment.objectstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The signer against AWS's published SigV4 examples: the test suite's vanilla requests (service "service") and the S3
 * documentation's GET, PUT and list examples. Each expected signature is AWS's, not computed here.
 */
class SigV4Test {

    private static final SigV4.Scope SUITE =
            new SigV4.Scope("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1", "service");
    private static final Instant SUITE_TIME = Instant.parse("2015-08-30T12:36:00Z");
    private static final SigV4.Scope S3_DOCS =
            new SigV4.Scope("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1", "s3");
    private static final Instant S3_DOCS_TIME = Instant.parse("2013-05-24T00:00:00Z");
    private static final String S3_HOST = "examplebucket.s3.amazonaws.com";

    @Test
    void shouldSignTheTestSuitesGetVanilla() {
        assertThat(suite("GET", "/", Map.of()))
                .isEqualTo("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
                        + " SignedHeaders=host;x-amz-date,"
                        + " Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    }

    @Test
    void shouldSortTheQueryAsTheTestSuiteDoes() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("Param2", "value2");
        query.put("Param1", "value1");

        assertThat(suite("GET", "/", query))
                .endsWith("Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
    }

    @Test
    void shouldSignTheTestSuitesPostVanillaAndUtf8Path() {
        assertThat(suite("POST", "/", Map.of()))
                .endsWith("Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
        assertThat(suite("GET", "/\u1234", Map.of()))
                .endsWith("Signature=8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85");
    }

    @Test
    void shouldSignTheS3DocumentationsGetObjectWithRange() {
        Map<String, String> headers = s3Headers(SigV4.EMPTY_SHA256);
        headers.put("Range", "bytes=0-9");

        assertThat(SigV4.authorization(
                        new SigV4.Request("GET", "/test.txt", Map.of(), headers, SigV4.EMPTY_SHA256),
                        S3_DOCS,
                        S3_DOCS_TIME))
                .isEqualTo("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                        + " SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                        + " Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    @Test
    void shouldSignTheS3DocumentationsPutObjectWithAnEncodedKey() {
        String payload = SigV4.sha256Hex("Welcome to Amazon S3.".getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = s3Headers(payload);
        headers.put("Date", "Fri, 24 May 2013 00:00:00 GMT");
        headers.put("x-amz-storage-class", "REDUCED_REDUNDANCY");

        assertThat(payload).isEqualTo("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
        assertThat(SigV4.authorization(
                        new SigV4.Request("PUT", "/test$file.text", Map.of(), headers, payload), S3_DOCS, S3_DOCS_TIME))
                .contains("SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,")
                .endsWith("Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
    }

    @Test
    void shouldSignTheS3DocumentationsQueryExamples() {
        Map<String, String> list = new LinkedHashMap<>();
        list.put("max-keys", "2");
        list.put("prefix", "J");

        assertThat(s3Docs(Map.of("lifecycle", "")))
                .endsWith("Signature=fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543");
        assertThat(s3Docs(list)).endsWith("Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
    }

    @Test
    void shouldEncodeAllButTheUnreservedCharacters() {
        assertThat(SigV4.encode("a b*(c)~-_.")).isEqualTo("a%20b%2A%28c%29~-_.");
        assertThat(SigV4.encode("é/")).isEqualTo("%C3%A9%2F");
        assertThat(SigV4.encodePath("/bucket/evidence/a b")).isEqualTo("/bucket/evidence/a%20b");
    }

    @Test
    void shouldNeverShowTheSecretKey() {
        assertThat(S3_DOCS.toString()).doesNotContain("wJalrXUtnFEMI");
    }

    private static String suite(String method, String path, Map<String, String> query) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "example.amazonaws.com");
        headers.put("X-Amz-Date", "20150830T123600Z");
        return SigV4.authorization(
                new SigV4.Request(method, path, query, headers, SigV4.EMPTY_SHA256), SUITE, SUITE_TIME);
    }

    private static String s3Docs(Map<String, String> query) {
        return SigV4.authorization(
                new SigV4.Request("GET", "/", query, s3Headers(SigV4.EMPTY_SHA256), SigV4.EMPTY_SHA256),
                S3_DOCS,
                S3_DOCS_TIME);
    }

    private static Map<String, String> s3Headers(String payloadHash) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", S3_HOST);
        headers.put("x-amz-content-sha256", payloadHash);
        headers.put("x-amz-date", "20130524T000000Z");
        return headers;
    }
}

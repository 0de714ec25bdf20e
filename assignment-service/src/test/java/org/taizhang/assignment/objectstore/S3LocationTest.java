package org.taizhang.assignment.objectstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class S3LocationTest {

    @Test
    void shouldPutTheBucketInThePathForPathStyle() {
        S3Location minio = new S3Location(URI.create("http://minio.internal:9000"), "taizhang", true);

        assertThat(minio.object("evidence/6f1c")).hasToString("http://minio.internal:9000/taizhang/evidence/6f1c");
        assertThat(minio.path("evidence/6f1c")).isEqualTo("/taizhang/evidence/6f1c");
        assertThat(minio.hostHeader()).isEqualTo("minio.internal:9000");
    }

    @Test
    void shouldPutTheBucketInTheHostForVirtualHostedStyle() {
        S3Location aws = new S3Location(URI.create("https://s3.cn-north-1.amazonaws.com.cn:443"), "taizhang", false);

        assertThat(aws.object("evidence/6f1c"))
                .hasToString("https://taizhang.s3.cn-north-1.amazonaws.com.cn/evidence/6f1c");
        assertThat(aws.path("evidence/6f1c")).isEqualTo("/evidence/6f1c");
        assertThat(aws.hostHeader()).isEqualTo("taizhang.s3.cn-north-1.amazonaws.com.cn");
    }

    @Test
    void shouldKeepAPathTheEndpointCarries() {
        S3Location proxied = new S3Location(URI.create("https://files.example.gov.cn/s3/"), "taizhang", true);

        assertThat(proxied.object("evidence/a b"))
                .hasToString("https://files.example.gov.cn/s3/taizhang/evidence/a%20b");
    }
}

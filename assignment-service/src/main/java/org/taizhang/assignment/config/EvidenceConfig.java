package org.taizhang.assignment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** How evidence files (佐证材料) are taken and where their bytes are kept: PostgreSQL, or an S3-compatible bucket. */
@ConfigMapping(prefix = "taizhang.evidence")
public interface EvidenceConfig {

    /** The largest evidence file accepted, in bytes (10 MiB); a larger one gets 413. */
    @WithDefault("10485760")
    long maxBytes();

    /** Where the bytes are kept; the files' descriptions are in PostgreSQL either way. */
    @WithDefault("postgres")
    Store store();

    S3 s3();

    /** The stores there are. */
    enum Store {
        POSTGRES,
        S3
    }

    /** An S3-compatible bucket (AWS S3, MinIO, Ceph RGW, a cloud's OSS/OBS/COS in S3 mode). */
    interface S3 {

        /** The store's URL, e.g. http://minio:9000; AWS's regional endpoint when left out. */
        Optional<URI> endpoint();

        Optional<String> bucket();

        /** The region requests are signed for; most self-hosted stores take any, us-east-1 by convention. */
        @WithDefault("us-east-1")
        String region();

        Optional<String> accessKey();

        Optional<String> secretKey();

        /** Bucket in the path (http://host/bucket/key), as self-hosted stores want; false for bucket.host. */
        @WithDefault("true")
        boolean pathStyle();

        /** Prefix of every object's key; the rest is the file's id. */
        @WithDefault("evidence/")
        String keyPrefix();

        @WithDefault("PT5S")
        Duration connectTimeout();

        /** How long one call may take, a 10 MiB upload included. */
        @WithDefault("PT60S")
        Duration timeout();

        /** The endpoint given, or AWS's for the region. */
        default URI endpointOrAws() {
            return endpoint().orElseGet(() -> URI.create("https://s3." + region() + ".amazonaws.com"));
        }
    }
}

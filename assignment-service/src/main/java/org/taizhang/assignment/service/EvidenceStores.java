package org.taizhang.assignment.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.taizhang.assignment.config.EvidenceConfig;
import org.taizhang.assignment.objectstore.S3Client;
import org.taizhang.assignment.objectstore.S3Location;
import org.taizhang.assignment.objectstore.SigV4;

/**
 * Chooses the evidence store by {@code taizhang.evidence.store}: PostgreSQL (the default) or an S3-compatible bucket.
 * Chosen at startup, so that an S3 store missing a setting stops the service with the names of what is missing
 * rather than failing the first upload.
 */
@ApplicationScoped
public class EvidenceStores {

    @Produces
    @ApplicationScoped
    @Startup
    EvidenceStore store(
            EvidenceConfig config, PostgresEvidenceStore postgres, TransactionSynchronizationRegistry transactions) {
        if (config.store() == EvidenceConfig.Store.POSTGRES) {
            return postgres;
        }
        EvidenceConfig.S3 s3 = config.s3();
        S3Location location = new S3Location(s3.endpointOrAws(), required(s3), s3.pathStyle());
        Log.infof(
                "Evidence files go to bucket %s at %s (%s)",
                location.bucket(), location.endpoint(), s3.pathStyle() ? "path-style" : "virtual-hosted");
        S3Client client = new S3Client(
                location,
                new SigV4.Scope(s3.accessKey().orElseThrow(), s3.secretKey().orElseThrow(), s3.region(), "s3"),
                s3.connectTimeout(),
                s3.timeout(),
                Clock.systemUTC());
        return new S3EvidenceStore(client, s3.keyPrefix(), transactions);
    }

    /** The bucket, after checking that every setting the S3 store needs is there. */
    private static String required(EvidenceConfig.S3 s3) {
        List<String> missing = new ArrayList<>();
        if (s3.bucket().filter(b -> !b.isBlank()).isEmpty()) {
            missing.add("taizhang.evidence.s3.bucket (EVIDENCE_S3_BUCKET)");
        }
        if (s3.accessKey().filter(k -> !k.isBlank()).isEmpty()) {
            missing.add("taizhang.evidence.s3.access-key (EVIDENCE_S3_ACCESS_KEY)");
        }
        if (s3.secretKey().filter(k -> !k.isBlank()).isEmpty()) {
            missing.add("taizhang.evidence.s3.secret-key (EVIDENCE_S3_SECRET_KEY)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("taizhang.evidence.store=s3 needs " + String.join(", ", missing));
        }
        return s3.bucket().orElseThrow();
    }
}

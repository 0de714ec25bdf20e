package org.taizhang.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taizhang.assignment.PlanFixture.inTx;
import static org.taizhang.assignment.PlanFixture.mention;
import static org.taizhang.assignment.PlanFixture.task;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.config.EvidenceConfig;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.EvidenceFile;
import org.taizhang.assignment.evidence.EvidenceFixtures;
import org.taizhang.assignment.objectstore.S3Client;
import org.taizhang.assignment.objectstore.S3Location;
import org.taizhang.assignment.objectstore.S3ProxyTestResource;
import org.taizhang.assignment.objectstore.SigV4;
import org.taizhang.assignment.progress.Reporter;
import org.taizhang.assignment.service.EvidenceStore;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.testsupport.TestTokens;

/**
 * Evidence files with taizhang.evidence.store=s3 against a real S3-compatible server (S3Proxy): the bytes go to the
 * bucket, the description to PostgreSQL, and a transaction that rolls back leaves no object behind.
 */
@QuarkusTest
@WithTestResource(value = S3ProxyTestResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class EvidenceS3StoreTest {

    private static final String CITY = "349100";
    private static final String FGW = "t-3491-fgw";

    @Inject
    PlanFixture fixture;

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceConfig config;

    @Inject
    EntityManager entityManager;

    private Assignment fgw;

    @BeforeEach
    void plan() {
        fixture.unit(FGW, "寅市发展和改革委员会", UnitKind.DEPARTMENT, UnitLevel.CITY, CITY, "市发改委");
        String planId =
                fixture.publish(CITY, 2026, List.of(task("1", PlanFixture.YEAR_END, mention("市发改委", UnitRole.LEAD))));
        fgw = fixture.assignment(planId, "1", FGW);
    }

    @Test
    void shouldKeepTheBytesInTheBucketAndOnlyTheDescriptionInPostgres() {
        String id = given().auth()
                .oauth2(TestTokens.unit(FGW))
                .multiPart("file", "scan.pdf", EvidenceFixtures.PDF, "application/octet-stream")
                .post("/api/assignments/" + fgw.id + "/evidence")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        assertThat(bucket().get("evidence/" + id)).hasValue(EvidenceFixtures.PDF);
        assertThat(inTx(() -> entityManager
                        .createNativeQuery("SELECT content IS NULL FROM evidence_file WHERE id = :id")
                        .setParameter("id", UUID.fromString(id))
                        .getSingleResult()))
                .isEqualTo(true);
        byte[] downloaded = given().auth()
                .oauth2(TestTokens.office())
                .get("/api/assignments/" + fgw.id + "/evidence/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(downloaded).isEqualTo(EvidenceFixtures.PDF);
    }

    @Test
    void shouldRemoveTheObjectWhenTheDatabaseFailsAfterTheUpload() {
        UUID id = UUID.randomUUID();

        // the description names no assignment that exists: the commit fails after the bytes went up
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    description(id, UUID.randomUUID()).persist();
                    store.put(id, EvidenceFixtures.PDF);
                    assertThat(bucket().get("evidence/" + id)).isPresent();
                }))
                .isInstanceOf(RuntimeException.class);

        assertThat(bucket().get("evidence/" + id)).isEmpty();
        assertThat(inTx(() -> EvidenceFile.count("id", id))).isZero();
    }

    @Test
    void shouldRemoveTheObjectOfARolledBackUpload() {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    description(id, fgw.id).persist();
                    store.put(id, EvidenceFixtures.PNG);
                    QuarkusTransaction.setRollbackOnly();
                }))
                .hasMessageContaining("Could not commit");

        assertThat(bucket().get("evidence/" + id)).isEmpty();
    }

    private S3Client bucket() {
        EvidenceConfig.S3 s3 = config.s3();
        return new S3Client(
                new S3Location(s3.endpointOrAws(), s3.bucket().orElseThrow(), s3.pathStyle()),
                new SigV4.Scope(s3.accessKey().orElseThrow(), s3.secretKey().orElseThrow(), s3.region(), "s3"),
                s3.connectTimeout(),
                s3.timeout(),
                Clock.systemUTC());
    }

    private static EvidenceFile description(UUID id, UUID assignmentId) {
        EvidenceFile file = new EvidenceFile();
        file.id = id;
        file.assignmentId = assignmentId;
        file.uploadedBy = "test";
        file.uploadedVia = Reporter.Via.OFFICE;
        file.fileName = "scan.pdf";
        file.contentType = "application/pdf";
        file.size = EvidenceFixtures.PDF.length;
        file.sha256 = "0".repeat(64);
        file.createdAt = Instant.now();
        return file;
    }
}

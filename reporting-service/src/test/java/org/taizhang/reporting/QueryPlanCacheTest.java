package org.taizhang.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.reporting.service.PlanVersions;
import org.taizhang.testsupport.QueryPlanCache;

/** The version lookups behind every cached view reuse one query plan each instead of caching one per request. */
@QuarkusTest
class QueryPlanCacheTest {

    @Inject
    PlanVersions versions;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void shouldReuseOneQueryPlanPerVersionLookup() {
        QueryPlanCache.assertReusedBy(entityManagerFactory, this::lookUpVersions, 25);
    }

    private void lookUpVersions() {
        String plan = UUID.randomUUID().toString();
        assertThat(versions.current(plan)).isEmpty();
        assertThat(versions.latestOfYear(1900)).isEmpty();
        QuarkusTransaction.requiringNew().run(() -> versions.bump(List.of(plan)));
    }
}

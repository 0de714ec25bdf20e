package org.taizhang.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.service.ReportLookups;
import org.taizhang.testsupport.QueryPlanCache;

/** Repeated lookups reuse one cached query plan instead of adding one per call (it held 1,340 under load). */
@QuarkusTest
class QueryPlanCacheTest {

    @Inject
    ReportLookups lookups;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void shouldReuseOneQueryPlanForRepeatedClosedPlanLookups() {
        QueryPlanCache.assertReusedBy(entityManagerFactory, this::lookUpClosedPlans, 25);
    }

    private void lookUpClosedPlans() {
        Assignment assignment = new Assignment();
        assignment.planId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew()
                .run(() -> assertThat(lookups.closedPlans(List.of(assignment))).isEmpty());
    }
}

package org.taizhang.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** Hibernate's cache of query plans, for tests that a statement run again reuses its plan instead of adding one. */
public final class QueryPlanCache {

    private QueryPlanCache() {}

    /** Runs the lookup once, then {@code times} more, and asserts that the later runs cached no further plan. */
    public static void assertReusedBy(EntityManagerFactory factory, Runnable lookup, int times) {
        lookup.run();
        int before = size(factory);
        for (int i = 0; i < times; i++) {
            lookup.run();
        }
        assertThat(size(factory)).as("query plans cached").isEqualTo(before);
    }

    private static int size(EntityManagerFactory factory) {
        return factory.unwrap(SessionFactoryImplementor.class)
                .getQueryEngine()
                .getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }
}

package org.taizhang.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the service's datasource at a fresh database in the JVM's throwaway cluster. The database is named after the
 * {@code database} init argument, else after {@code quarkus.application.name}.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "taizhang";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        ThrowawayPostgres postgres = ThrowawayPostgres.shared();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.createDatabase(database),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", ThrowawayPostgres.PASSWORD);
    }

    @Override
    public void stop() {
        // The cluster outlives a single application start; it stops with the JVM.
    }
}

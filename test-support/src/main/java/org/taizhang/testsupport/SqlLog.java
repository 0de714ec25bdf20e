package org.taizhang.testsupport;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The SQL Hibernate prepares on the calling thread while a test asks for it (a JDBC batch counts once); statements a
 * bean runs through JDBC itself, such as the inbox's, are not seen.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlLog implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<String> recording = RECORDING.get();
        if (recording != null) {
            recording.add(sql);
        }
        return sql;
    }

    /** The statements prepared while {@code work} ran on this thread, in order. */
    public static List<String> during(Runnable work) {
        List<String> recording = new ArrayList<>();
        RECORDING.set(recording);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return recording;
    }
}

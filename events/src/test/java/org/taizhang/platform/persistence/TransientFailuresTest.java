package org.taizhang.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void shouldCallARefusedConnectionTransientThroughWrappers() {
        var refused = new SQLException("Connection to 127.0.0.1:15432 refused", "08001");
        var wrapped = new IllegalStateException("commit failed", new RuntimeException("JDBC", refused));

        assertThat(TransientFailures.isTransient(wrapped)).isTrue();
    }

    @Test
    void shouldCallAShutdownAndARestartingServerTransient() {
        assertThat(TransientFailures.isTransient(new SQLException("terminating connection", "57P01")))
                .isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void shouldCallDeadlocksSerializationFailuresAndPoolTimeoutsTransient() {
        assertThat(TransientFailures.isTransient(new SQLException("deadlock detected", "40P01")))
                .isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("could not serialize", "40001")))
                .isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("Sorry, acquisition timeout!")))
                .isTrue();
    }

    @Test
    void shouldNotRetryWhatWouldFailAgain() {
        assertThat(TransientFailures.isTransient(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("not a CloudEvent")))
                .isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("no state"))).isFalse();
    }
}

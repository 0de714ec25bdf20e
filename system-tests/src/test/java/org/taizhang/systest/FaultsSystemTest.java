package org.taizhang.systest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Crashes and outages under a progress load: afterwards nothing is lost and nothing counted twice. */
class FaultsSystemTest {

    @BeforeEach
    void onlyWhereFaultsAreAllowed() {
        StackScript.assumeFaultsAllowed();
    }

    @Test
    void assignmentServiceKilledDuringLoadLosesAndDoublesNothing() throws Exception {
        FaultLoad.run("assignment-service SIGKILL", () -> {
            StackScript.run("kill assignment-service", "kill", "assignment-service");
            StackScript.run("restart assignment-service", "start", "assignment-service");
        });
    }

    @Test
    void reportingServiceKilledDuringLoadLosesAndDoublesNothing() throws Exception {
        FaultLoad.run("reporting-service SIGKILL", () -> {
            StackScript.run("kill reporting-service", "kill", "reporting-service");
            StackScript.run("restart reporting-service", "start", "reporting-service");
        });
    }

    @Test
    void kafkaStoppedFor30SecondsDuringLoadLosesAndDoublesNothing() throws Exception {
        FaultLoad.run("Kafka stopped 30 s", () -> {
            StackScript.run("stop Kafka", "stop", "kafka");
            FaultLoad.pause(30_000);
            StackScript.run("start Kafka", "start", "kafka");
        });
    }

    @Test
    void postgresRestartedDuringLoadLosesAndDoublesNothing() throws Exception {
        FaultLoad.run("PostgreSQL restarted", () -> {
            StackScript.run("stop PostgreSQL", "stop", "postgres");
            FaultLoad.pause(3_000);
            StackScript.run("start PostgreSQL", "start", "postgres");
        });
    }
}

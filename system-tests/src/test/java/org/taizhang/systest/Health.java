package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Every service's readiness (its database and Kafka checks) after a test has been unkind to it. */
public final class Health {

    private Health() {}

    /** Every service ready now. */
    public static void assertAllReady(String step) {
        assertThat(notReady()).as("%s: services not ready", step).isEmpty();
    }

    /** Every service ready again within {@code timeout} (consumers reconnect after an outage). */
    public static void awaitAllReady(String step, Duration timeout) {
        Await.until(step + ": every service ready again", timeout, Health::notReady, List::isEmpty);
    }

    private static List<String> notReady() {
        List<String> down = new ArrayList<>();
        for (Stack.Service service : Stack.SERVICES) {
            int status;
            try {
                status = Stack.as(null, service.management())
                        .get("/q/health/ready")
                        .statusCode();
            } catch (Exception connectionRefused) {
                status = -1;
            }
            if (status != 200) {
                down.add(service.name() + " " + status);
            }
        }
        return down;
    }
}

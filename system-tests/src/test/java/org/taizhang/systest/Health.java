package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Every service's readiness (its database and Kafka checks) after a test has been unkind to it. */
public final class Health {

    private Health() {}

    public static void assertAllReady(String step) {
        List<String> down = new ArrayList<>();
        for (Stack.Service service : Stack.SERVICES) {
            int status = Stack.as(null, service.url()).get("/q/health/ready").statusCode();
            if (status != 200) {
                down.add(service.name() + " " + status);
            }
        }
        assertThat(down).as("%s: services not ready", step).isEmpty();
    }
}

package org.taizhang.events.outbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.taizhang.events.outbox.OutboxParking.ParkedEvent;

/**
 * DOWN while outbox events are parked, naming the oldest ones. A wellness check ({@code /q/health/well}, and the
 * overall {@code /q/health}), not readiness or liveness: the service still serves and relays everything else, so
 * taking its replicas out of traffic or restarting them would turn one bad event into an outage and cure nothing.
 */
@Wellness
@ApplicationScoped
public class ParkedEventsCheck implements HealthCheck {

    static final String NAME = "Outbox parked events";
    private static final int NAMED = 5;

    private final OutboxParking parking;

    public ParkedEventsCheck(OutboxParking parking) {
        this.parking = parking;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        try {
            long parked = parking.parkedCount();
            response.status(parked == 0).withData("parked", parked);
            if (parked > 0) {
                response.withData("held", parking.heldCount());
                List<ParkedEvent> oldest = parking.parked(NAMED);
                for (int i = 0; i < oldest.size(); i++) {
                    response.withData("parked." + i, describe(oldest.get(i)));
                }
            }
        } catch (SQLException e) {
            // The database checks report the database; this one cannot tell, so it does not cry wolf.
            response.up().withData("unknown", String.valueOf(e.getMessage()));
        }
        return response.build();
    }

    private static String describe(ParkedEvent event) {
        return "seq " + event.seq() + ", id " + event.eventId() + ", type " + event.type() + ", aggregate "
                + event.aggregate() + ", parked " + event.parkedAt() + ": " + event.reason();
    }
}

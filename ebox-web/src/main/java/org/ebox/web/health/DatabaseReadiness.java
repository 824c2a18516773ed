package org.ebox.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.ebox.enterprise.boundary.Enterprises;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers through the application's own persistence unit, schema migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @EJB
    Enterprises enterprises;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("database")
                    .up()
                    .withData("enterprises", enterprises.count())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}

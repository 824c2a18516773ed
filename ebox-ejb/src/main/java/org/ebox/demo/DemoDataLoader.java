package org.ebox.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo world once, into an empty database, when the configuration asks for it. The default run's
 * server-config turns it on; a production configuration never does.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "ebox.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @EJB
    DemoData demoData;

    @PostConstruct
    void loadWhenAsked() {
        if (!enabled) {
            return;
        }
        if (demoData.isLoaded()) {
            LOG.info("Demo data already present");
            return;
        }
        long start = System.nanoTime();
        demoData.load();
        LOG.info(() -> "Demo data loaded in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}

package org.ebox.web.config.http;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Says loudly at start that a development endpoint is on: they are off unless the development run turns them on, and
 * an operator who copied its environment into production should see it in the first lines of the log.
 */
@WebListener
public class DevelopmentEndpointsWarning implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(DevelopmentEndpointsWarning.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        if (isOn(config, "ebox.api.dev-tokens.enabled")) {
            LOG.warning("Development endpoint on: POST /dev/token mints API tokens for any organisation"
                    + " (ebox.api.dev-tokens.enabled). Never in production.");
        }
        if (isOn(config, "ebox.dev.mail-viewer.enabled")) {
            LOG.warning("Development endpoint on: GET /dev/mail shows every mail the e-Box wrote"
                    + " (ebox.dev.mail-viewer.enabled). Never in production.");
        }
    }

    private static boolean isOn(Config config, String key) {
        return config.getOptionalValue(key, Boolean.class).orElse(false);
    }
}

package org.ebox.web.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Addresses outside the application that the pages link to, set per deployment. */
@Named("links")
@ApplicationScoped
public class Links {

    /** The Info button of the top bar: the service's information pages. */
    @Inject
    @ConfigProperty(name = "ebox.info.url", defaultValue = "https://www.eboxenterprise.be")
    String info;

    public String getInfo() {
        return info;
    }
}

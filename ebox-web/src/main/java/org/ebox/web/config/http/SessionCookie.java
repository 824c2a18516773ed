package org.ebox.web.config.http;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's attributes, beside web.xml's HttpOnly: SameSite (Lax by default: a link from the notification
 * mail still opens the logged-in e-Box, while no other site's form or script sends the cookie) and Secure, which
 * production behind TLS turns on ({@code ebox.session.cookie-secure}; the default run is plain HTTP on localhost).
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var config = ConfigProvider.getConfig();
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setAttribute("SameSite",
                config.getOptionalValue("ebox.session.cookie-same-site", String.class).orElse("Lax"));
        cookie.setSecure(config.getOptionalValue("ebox.session.cookie-secure", Boolean.class).orElse(false));
    }
}

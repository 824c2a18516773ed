package org.ebox.web.config.http;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's Secure attribute, beside web.xml's HttpOnly: production behind TLS turns it on
 * ({@code ebox.session.cookie-secure}); the default run is plain HTTP on localhost. Its SameSite=Lax is the HTTP
 * listener's (server-config), as Payara 6 ignores an application's SameSite for the session cookie.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var config = ConfigProvider.getConfig();
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setSecure(config.getOptionalValue("ebox.session.cookie-secure", Boolean.class)
                .orElse(false));
    }
}

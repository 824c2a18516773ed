package org.ebox.web.session;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.ebox.access.boundary.SignIn;
import org.ebox.platform.security.Roles;

/**
 * What the person may do on this request, as the container's roles say (the boundaries decide with the same roles):
 * the one place pages and beans ask, {@code #{may.readEbox}}, never by a role's name.
 */
@Named("may")
@RequestScoped
public class Permissions {

    @Inject
    HttpServletRequest request;

    @EJB
    SignIn signIn;

    /** Opens the e-Box of the enterprise acted for: its messages, e-Box Management, the alert box. */
    public boolean isReadEbox() {
        return request.isUserInRole(Roles.EBOX_READER);
    }

    /** Manages who may act for the enterprise: its Chief Access Manager and its administrators. */
    public boolean isManageAccess() {
        return request.isUserInRole(Roles.ACCESS_MANAGER);
    }

    /**
     * Sets up the e-Box's own login factors (the authenticator app): only while the e-Box's own login is open; where
     * the identity provider alone signs people in, the provider keeps their factors.
     */
    public boolean isManageOwnLogin() {
        return signIn.isLocalSignInOpen();
    }

    /** Operates the service: the nightly runs of the whole cluster. */
    public boolean isOperate() {
        return request.isUserInRole(Roles.PLATFORM_OPERATOR);
    }
}

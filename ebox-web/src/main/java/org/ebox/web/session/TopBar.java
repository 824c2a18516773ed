package org.ebox.web.session;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ebox.management.boundary.EboxManagement;

/**
 * What the top bar shows of the enterprise beside its name and number: the address it is notified at, as the guide
 * has it ("this is where you will be notified"), also when that is the Chief Access Manager's. Asked once a request.
 */
@Named
@RequestScoped
public class TopBar {

    @EJB
    EboxManagement management;

    @Inject
    CurrentUser currentUser;

    private String notificationAddress;
    private boolean asked;

    public String getNotificationAddress() {
        if (!asked) {
            // An error page may wear the top bar for a request without a login: no enterprise, nothing to ask.
            notificationAddress = currentUser.getEnterprise() == null
                    ? null
                    : management.notificationAddress().orElse(null);
            asked = true;
        }
        return notificationAddress;
    }
}

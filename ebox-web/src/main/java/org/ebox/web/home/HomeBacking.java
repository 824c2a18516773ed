package org.ebox.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.message.boundary.MailboxSummary;
import org.ebox.web.session.CurrentUser;

/** The home page (app/home.xhtml) and the alert box of every page: what waits in the current enterprise's e-Box. */
@Named("home")
@RequestScoped
public class HomeBacking {

    @Inject
    CurrentUser currentUser;

    @EJB
    MailboxSummary mailboxSummary;

    private MailboxSummary.Summary summary;

    public MailboxSummary.Summary getSummary() {
        if (summary == null) {
            Enterprise enterprise = currentUser.getEnterprise();
            summary = enterprise == null || !currentUser.isEboxAllowed()
                    ? new MailboxSummary.Summary(0, 0, 0, null)
                    : mailboxSummary.of(enterprise.getEnterpriseNumber(), OffsetDateTime.now());
        }
        return summary;
    }

    public int getAlertCount() {
        return (getSummary().unread() > 0 ? 1 : 0) + (getSummary().registeredMailToPickUp() > 0 ? 1 : 0);
    }
}

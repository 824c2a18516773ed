package org.ebox.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.util.List;
import org.ebox.access.boundary.PersonDirectory;
import org.ebox.access.entity.Person;
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

    @EJB
    PersonDirectory persons;

    private MailboxSummary.Summary summary;
    private MailboxSummary.Attention attention;

    public MailboxSummary.Summary getSummary() {
        if (summary == null) {
            Enterprise enterprise = currentUser.getEnterprise();
            summary = enterprise == null || !currentUser.isEboxAllowed()
                    ? MailboxSummary.Summary.EMPTY
                    : mailboxSummary.ofCallersBox(OffsetDateTime.now());
        }
        return summary;
    }

    /** Whom a user without the e-Box asks: the administrators of the enterprise acted for. */
    public List<Person> getAdministrators() {
        Enterprise enterprise = currentUser.getEnterprise();
        return enterprise == null ? List.of() : persons.administratorsOfCallersEnterprise();
    }

    /** The alert box: what needs attention in the Inbox, each line the count of the list it opens. */
    public MailboxSummary.Attention getAttention() {
        if (attention == null) {
            attention = currentUser.getEnterprise() == null || !currentUser.isEboxAllowed()
                    ? MailboxSummary.Attention.NONE
                    : mailboxSummary.attentionOfCallersBox(OffsetDateTime.now());
        }
        return attention;
    }

    public int getAlertCount() {
        return getAttention().lines();
    }
}

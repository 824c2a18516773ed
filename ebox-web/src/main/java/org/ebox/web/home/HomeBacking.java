package org.ebox.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.annotation.ManagedProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.ebox.access.boundary.PersonDirectory;
import org.ebox.access.entity.Person;
import org.ebox.message.boundary.MessageConsultation;
import org.ebox.message.entity.MessageCriteria;
import org.ebox.web.i18n.Language;
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
    MessageConsultation consultation;

    @EJB
    PersonDirectory persons;

    @Inject
    Language language;

    @Inject
    @ManagedProperty("#{param.alert}")
    String alert;

    private MailboxSummary.Summary summary;

    public MailboxSummary.Summary getSummary() {
        if (summary == null) {
            Enterprise enterprise = currentUser.getEnterprise();
            summary = enterprise == null || !currentUser.isEboxAllowed()
                    ? MailboxSummary.Summary.EMPTY
                    : mailboxSummary.of(enterprise.getEnterpriseNumber(), OffsetDateTime.now());
        }
        return summary;
    }

    /** Which alert of the alert box the page lists the messages of: unread, registered or expiring; else none. */
    public String getAlert() {
        return alert != null && List.of("unread", "registered", "expiring").contains(alert) ? alert : null;
    }

    /** The first messages the chosen alert names, newest first (the full lists come with the message screens). */
    public List<AlertLine> getAlertMessages() {
        Enterprise enterprise = currentUser.getEnterprise();
        if (getAlert() == null || enterprise == null || !currentUser.isEboxAllowed()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now();
        LocalDate soon = now.plus(MailboxSummary.EXPIRING_SOON).toLocalDate();
        MessageCriteria criteria = switch (getAlert()) {
            case "unread" -> new MessageCriteria(null, null, null, null, false, null, null, null, null, null, null, null);
            case "registered" -> new MessageCriteria(null, null, null, null, false, null, true, null, null, null, null,
                    null);
            default -> new MessageCriteria(null, null, soon, null, null, null, null, null, null, null, null, null);
        };
        return consultation.search(enterprise.getEnterpriseNumber(), criteria, 1, 10, now).items().stream()
                .map(message -> new AlertLine(message.getSenderOrganization().getShortName().in(language.getLocale()),
                        message.getSubject().in(language.getLocale()), Date.from(message.getReceiptDate().toInstant()),
                        Date.from(message.getExpirationDate().toInstant()), message.isRegisteredMail()))
                .toList();
    }

    /** One message named by an alert, as the home page lists it. Dates as java.util.Date for f:convertDateTime. */
    public record AlertLine(String sender, String subject, Date received, Date expires, boolean registeredMail) {
    }

    /** Whom a user without the e-Box asks: the administrators of the enterprise acted for. */
    public List<Person> getAdministrators() {
        Enterprise enterprise = currentUser.getEnterprise();
        return enterprise == null ? List.of() : persons.administratorsOf(enterprise.getEnterpriseNumber().value());
    }

    public int getAlertCount() {
        return (getSummary().unread() > 0 ? 1 : 0) + (getSummary().registeredMailToPickUp() > 0 ? 1 : 0)
                + (getSummary().expiringSoon() > 0 ? 1 : 0);
    }
}

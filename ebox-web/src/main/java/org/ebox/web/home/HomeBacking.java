package org.ebox.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.ebox.access.boundary.PersonDirectory;
import org.ebox.access.entity.Person;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.message.boundary.MailboxSummary;
import org.ebox.message.boundary.MessageConsultation;
import org.ebox.message.entity.Message;
import org.ebox.message.entity.MessageCriteria;
import org.ebox.web.i18n.Language;
import org.ebox.web.session.CurrentUser;
import org.ebox.web.session.Permissions;

/** The home page (app/home.xhtml) and the alert box of every page: what waits in the current enterprise's e-Box. */
@Named("home")
@RequestScoped
public class HomeBacking {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Permissions may;

    @EJB
    MailboxSummary mailboxSummary;

    @EJB
    PersonDirectory persons;

    @EJB
    MessageConsultation consultation;

    @Inject
    Language language;

    /** How many of the newest unread messages the home page shows; the rest are one click away. */
    public static final int NEWEST_UNREAD = 5;

    private MailboxSummary.Summary summary;
    private MailboxSummary.Attention attention;
    private List<Newest> newestUnread;

    /** A line of the home page's newest unread messages. */
    public record Newest(String id, String sender, String subject, java.util.Date received, boolean registeredMail) {}

    public MailboxSummary.Summary getSummary() {
        if (summary == null) {
            Enterprise enterprise = currentUser.getEnterprise();
            summary = enterprise == null || !may.isReadEbox()
                    ? MailboxSummary.Summary.EMPTY
                    : mailboxSummary.ofCallersBox(OffsetDateTime.now(clock));
        }
        return summary;
    }

    /** The newest unread messages of the Inbox, as the guide's picture of the home page shows them. */
    public List<Newest> getNewestUnread() {
        if (newestUnread == null) {
            newestUnread = currentUser.getEnterprise() == null || !may.isReadEbox()
                    ? List.of()
                    : consultation
                            .newest(MessageCriteria.unreadInInbox(), NEWEST_UNREAD, OffsetDateTime.now(clock))
                            .stream()
                            .map(this::newest)
                            .toList();
        }
        return newestUnread;
    }

    private Newest newest(Message message) {
        return new Newest(
                message.getMessageId(),
                message.getSenderOrganization().getShortName().in(language.getLocale()),
                message.getSubject().in(language.getLocale()),
                java.util.Date.from(message.getReceiptDate().toInstant()),
                message.isRegisteredMail());
    }

    /** Whom a user without the e-Box asks: the administrators of the enterprise acted for. */
    public List<Person> getAdministrators() {
        Enterprise enterprise = currentUser.getEnterprise();
        return enterprise == null ? List.of() : persons.administratorsOfCallersEnterprise();
    }

    /** The alert box: what needs attention in the Inbox, each line the count of the list it opens. */
    public MailboxSummary.Attention getAttention() {
        if (attention == null) {
            attention = currentUser.getEnterprise() == null || !may.isReadEbox()
                    ? MailboxSummary.Attention.NONE
                    : mailboxSummary.attentionOfCallersBox(OffsetDateTime.now(clock));
        }
        return attention;
    }

    public int getAlertCount() {
        return getAttention().lines();
    }
}

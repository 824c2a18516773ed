package org.ebox.notification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ebox.access.entity.AccessRole;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.management.control.NotificationAddress;
import org.ebox.nightly.boundary.NightlyRuns;
import org.ebox.nightly.control.RunCounts;
import org.ebox.notification.control.NotificationText;
import org.ebox.notification.entity.Notification;
import org.ebox.platform.mail.MailNotSent;
import org.ebox.platform.mail.Mailer;
import org.ebox.platform.mail.OutgoingMail;
import org.ebox.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the notification mails that are still to go. A mail is composed when it is sent: to the enterprise's
 * notification address (else its Chief Access Manager's), in the languages of its administrators. It is marked sent
 * in the transaction that hands it to the SMTP server; when that fails, the failure is recorded and the next run
 * tries again.
 */
// The nightly job's steps call this on batch threads, which carry no caller when the schedule starts the run. No
// request reaches it: only the job's own artifacts call it, with what the database holds, never a caller's input.
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NotificationDelivery {

    /** The languages of the service in the order a multilingual mail shows them. */
    static final List<String> LANGUAGES = List.of("nl", "fr", "de", "en");

    /** An enterprise none of whose administrators chose a language gets the national languages. */
    static final List<String> NATIONAL_LANGUAGES = List.of("nl", "fr", "de");

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationAddress notificationAddress;

    @Inject
    @ConfigProperty(name = "ebox.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** How many nights a mail is tried before it is given up (and stays on record as such). */
    @Inject
    @ConfigProperty(name = "ebox.notification.max-attempts", defaultValue = "7")
    int maxAttempts;

    /** The mails still to send, after the given one in id order: a page of the nightly run's reader. */
    public List<String> pendingAfter(String after, int limit) {
        return em.createQuery(
                        "select n.notificationId from Notification n where n.status = :pending"
                                + " and n.notificationId > :after order by n.notificationId",
                        String.class)
                .setParameter("pending", Notification.Status.PENDING)
                .setParameter("after", after == null ? "" : after)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The mails that wait for a next run, those given up, and the newest error of a waiting one. */
    public record Backlog(long pending, long givenUp, String lastError) {}

    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public Backlog backlog() {
        long pending = countWith(Notification.Status.PENDING);
        String lastError = pending == 0
                ? null
                : em.createQuery(
                                "select n.lastError from Notification n"
                                        + " where n.status = :pending and n.lastError is not null order by n.lastAttemptAt desc",
                                String.class)
                        .setParameter("pending", Notification.Status.PENDING)
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        return new Backlog(pending, countWith(Notification.Status.GIVEN_UP), lastError);
    }

    private long countWith(Notification.Status status) {
        return em.createQuery("select count(n) from Notification n where n.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }

    /** A mail ready to go, or the reason why it cannot. */
    public record Composed(String notificationId, OutgoingMail mail, String languages, String problem) {}

    public Composed compose(String notificationId) {
        Notification notification = em.find(Notification.class, notificationId);
        Enterprise enterprise = em.find(Enterprise.class, notification.getEnterpriseNumber());
        String to = notificationAddress.of(enterprise);
        if (to == null) {
            return new Composed(
                    notificationId,
                    null,
                    null,
                    "The enterprise has no notification address and its Chief Access Manager none either");
        }
        List<String> languages = languagesOf(enterprise.getEnterpriseNumber().value());
        OutgoingMail mail = NotificationText.compose(
                notification,
                to,
                enterprise.getName(),
                enterprise.getEnterpriseNumber().formatted(),
                languages,
                publicUrl + "/app/messages/list.xhtml");
        return new Composed(notificationId, mail, String.join(",", languages), null);
    }

    /**
     * The languages its administrators (Chief Access Manager, Local and co-Local Administrators) chose, in the
     * service's order; the national languages when none chose.
     */
    List<String> languagesOf(String enterpriseNumber) {
        List<String> chosen = em.createQuery("""
                        select distinct a.person.preferredLanguage from EnterpriseAccess a
                        where a.enterpriseNumber = :enterprise and a.role in :roles
                          and a.person.preferredLanguage is not null""", String.class)
                .setParameter("enterprise", enterpriseNumber)
                .setParameter("roles", AccessRole.MANAGERS)
                .getResultList();
        List<String> languages = new ArrayList<>();
        for (String language : LANGUAGES) {
            if (chosen.stream().anyMatch(language::equalsIgnoreCase)) {
                languages.add(language);
            }
        }
        return languages.isEmpty() ? NATIONAL_LANGUAGES : languages;
    }

    /**
     * Sends one mail unless it went already, over the batch's connection; answers whether it reached the SMTP server
     * now.
     */
    public boolean deliver(String runId, Composed composed, Mailer.Batch batch, OffsetDateTime now) {
        Notification notification =
                em.find(Notification.class, composed.notificationId(), LockModeType.PESSIMISTIC_WRITE);
        if (notification == null || notification.getStatus() != Notification.Status.PENDING) {
            return false;
        }
        Optional<String> failure = send(composed, batch);
        if (failure.isEmpty()) {
            notification.sent(composed.mail().to(), composed.languages(), now);
        } else {
            notification.failed(failure.get(), now, maxAttempts);
        }
        NightlyRuns.count(em, runId, RunCounts.delivery(failure.isEmpty() ? 1 : 0, failure.isEmpty() ? 0 : 1), now);
        return failure.isEmpty();
    }

    private Optional<String> send(Composed composed, Mailer.Batch batch) {
        if (composed.mail() == null) {
            return Optional.of(composed.problem());
        }
        try {
            batch.send(composed.mail(), "<" + composed.notificationId() + "@notification.ebox>");
            return Optional.empty();
        } catch (MailNotSent e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Optional.of(e.getMessage() + ": " + cause);
        }
    }
}

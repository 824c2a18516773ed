package org.ebox.nightly.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ebox.common.control.Aggregates;
import org.ebox.nightly.entity.NoticeKind;
import org.ebox.nightly.entity.Notification;

/**
 * Records the notices that fell due, one enterprise at a time, and adds them to the enterprise's notification mail.
 * Set-based: a few statements per enterprise whatever the number of its messages. A notice is recorded and its due
 * time cleared in one transaction, so it is announced once, however often a run is restarted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Notices {

    @PersistenceContext
    EntityManager em;

    /**
     * The enterprises, after the given one in number order, with at least one notice due by {@code now}: a page of
     * the nightly run's reader. Each notice kind has its own index on (due time, enterprise number).
     */
    @SuppressWarnings("unchecked")
    public List<String> enterprisesDue(OffsetDateTime now, String after, int limit) {
        StringBuilder sql = new StringBuilder();
        for (NoticeKind kind : NoticeKind.values()) {
            if (!sql.isEmpty()) {
                sql.append(" union ");
            }
            sql.append("select enterprise_number from message where ").append(kind.dueColumn())
                    .append(" <= ?1 and enterprise_number > ?2");
        }
        sql.append(" order by 1 limit ?3");
        return ((List<Object>) em.createNativeQuery(sql.toString())
                .setParameter(1, now).setParameter(2, after == null ? "" : after).setParameter(3, limit)
                .getResultList()).stream().map(number -> number.toString().trim()).toList();
    }

    /** Records the notices due by {@code now} for these enterprises, and adds them to their notification mails. */
    public RunCounts record(String runId, List<String> enterpriseNumbers, OffsetDateTime now) {
        RunCounts counts = RunCounts.NONE;
        for (String enterprise : enterpriseNumbers) {
            counts = counts.plus(recordFor(runId, enterprise, now));
        }
        NightlyRuns.count(em, runId, counts, now);
        return counts;
    }

    private RunCounts recordFor(String runId, String enterprise, OffsetDateTime now) {
        Notification mail = em.createQuery("select n from Notification n where n.enterpriseNumber = :enterprise"
                        + " and n.status = :pending", Notification.class)
                .setParameter("enterprise", enterprise)
                .setParameter("pending", Notification.Status.PENDING)
                .getResultStream().findFirst().orElse(null);
        boolean newMail = mail == null;
        if (newMail) {
            mail = new Notification(enterprise, runId, now);
            em.persist(mail);
            em.flush();
        }
        // Reminders before new-message notices: a message never notified yet gets its first notice tonight and
        // its reminder in a later night, not both in one mail.
        Map<NoticeKind, Integer> recorded = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : List.of(NoticeKind.REMINDER, NoticeKind.NEW, NoticeKind.EXPIRY_ALERT)) {
            recorded.put(kind, recordKind(kind, mail.getNotificationId(), enterprise, now));
        }
        int registered = recorded.get(NoticeKind.NEW) == 0 ? 0 : (int) Aggregates.asLong(em.createNativeQuery(
                        "select count(*) from message_notice n join message m on m.message_id = n.message_id"
                                + " where n.notification_id = ?1 and n.kind = 'NEW' and n.noticed_at = ?2"
                                + " and m.registered_mail = true")
                .setParameter(1, mail.getNotificationId()).setParameter(2, now).getSingleResult());
        mail.announce(recorded.get(NoticeKind.NEW), registered, recorded.get(NoticeKind.REMINDER),
                recorded.get(NoticeKind.EXPIRY_ALERT));
        if (newMail && mail.announcesNothing()) {
            em.remove(mail);
        }
        return RunCounts.notices(1, recorded.get(NoticeKind.NEW), recorded.get(NoticeKind.REMINDER),
                recorded.get(NoticeKind.EXPIRY_ALERT));
    }

    /**
     * Records the notices of one kind that are due for an enterprise's unread, unexpired messages, then clears their
     * due time (also for a message that was read or expired meanwhile: nothing more is due for it).
     */
    private int recordKind(NoticeKind kind, String notificationId, String enterprise, OffsetDateTime now) {
        String due = "enterprise_number = ?1 and " + kind.dueColumn() + " <= ?2"
                + (kind == NoticeKind.REMINDER ? " and new_notice_due_at is null" : "");
        int recorded = em.createNativeQuery("insert into message_notice (message_id, kind, notification_id,"
                        + " noticed_at) select message_id, cast(?3 as varchar(12)), cast(?4 as varchar(36)),"
                        + " cast(?2 as timestamp with time zone) from message where " + due
                        + " and read_at is null and expiration_date > ?2")
                .setParameter(1, enterprise).setParameter(2, now).setParameter(3, kind.name())
                .setParameter(4, notificationId)
                .executeUpdate();
        em.createNativeQuery("update message set " + kind.dueColumn() + " = null where " + due)
                .setParameter(1, enterprise).setParameter(2, now)
                .executeUpdate();
        return recorded;
    }
}

package org.ebox.notification.boundary;

import static org.ebox.common.control.InLists.bind;
import static org.ebox.common.control.InLists.placeholders;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ebox.common.control.Aggregates;
import org.ebox.nightly.boundary.NightlyRuns;
import org.ebox.nightly.control.RunCounts;
import org.ebox.notification.entity.NoticeKind;
import org.ebox.notification.entity.Notification;

/**
 * Records the notices that fell due, a chunk of enterprises at a time, and adds them to each enterprise's notification
 * mail. Set-based: about ten statements per chunk, whatever the number of its enterprises and messages. A notice is
 * recorded and its due time cleared in one transaction, so it is announced once, however often a run is restarted.
 */
// The nightly job's steps call this on batch threads, which carry no caller when the schedule starts the run. No
// request reaches it: only the job's own artifacts call it, with what the database holds, never a caller's input.
@PermitAll
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
            sql.append("select enterprise_number from message where ")
                    .append(kind.dueColumn())
                    .append(" <= ?1 and enterprise_number > ?2");
        }
        sql.append(" order by 1 limit ?3");
        return ((List<Object>) em.createNativeQuery(sql.toString())
                        .setParameter(1, now)
                        .setParameter(2, after == null ? "" : after)
                        .setParameter(3, limit)
                        .getResultList())
                .stream().map(number -> number.toString().trim()).toList();
    }

    /**
     * Records the notices due by {@code now} for these enterprises, and adds them to their notification mails: a few
     * statements for the whole chunk, whatever the number of enterprises and messages in it.
     */
    public RunCounts record(String runId, List<String> enterpriseNumbers, OffsetDateTime when) {
        if (enterpriseNumbers.isEmpty()) {
            return RunCounts.NONE;
        }
        // The notices of this chunk are found again by their time: one both databases store exactly.
        OffsetDateTime now = when.truncatedTo(ChronoUnit.MILLIS);
        Map<String, Notification> mails = new HashMap<>();
        em.createQuery(
                        "select n from Notification n where n.enterpriseNumber in :enterprises"
                                + " and n.status = :pending",
                        Notification.class)
                .setParameter("enterprises", enterpriseNumbers)
                .setParameter("pending", Notification.Status.PENDING)
                .getResultList()
                .forEach(mail -> mails.put(mail.getEnterpriseNumber(), mail));
        List<Notification> created = new ArrayList<>();
        for (String enterprise : enterpriseNumbers) {
            if (!mails.containsKey(enterprise)) {
                Notification mail = new Notification(enterprise, runId, now);
                em.persist(mail);
                mails.put(enterprise, mail);
                created.add(mail);
            }
        }
        em.flush();
        // Reminders before new-message notices: a message never notified yet gets its first notice tonight and
        // its reminder in a later night, not both in one mail.
        for (NoticeKind kind : List.of(NoticeKind.REMINDER, NoticeKind.NEW, NoticeKind.EXPIRY_ALERT)) {
            recordKind(kind, enterpriseNumbers, mails, now);
        }
        Map<String, Notification> byId = new HashMap<>();
        mails.values().forEach(mail -> byId.put(mail.getNotificationId(), mail));
        long notified = 0;
        long reminded = 0;
        long alerts = 0;
        for (Object row : bind(
                        em.createNativeQuery("select n.notification_id, n.kind, count(*),"
                                + " sum(case when m.registered_mail then 1 else 0 end) from message_notice n"
                                + " join message m on m.message_id = n.message_id where n.noticed_at = ?1 and n.notification_id in ("
                                + placeholders(byId.size()) + ") group by n.notification_id, n.kind"),
                        now,
                        byId.keySet())
                .getResultList()) {
            Object[] columns = (Object[]) row;
            Notification mail = byId.get(columns[0].toString().trim());
            int count = (int) Aggregates.asLong(columns[2]);
            switch (NoticeKind.valueOf(columns[1].toString().trim())) {
                case NEW -> {
                    mail.announce(count, (int) Aggregates.asLong(columns[3]), 0, 0);
                    notified += count;
                }
                case REMINDER -> {
                    mail.announce(0, 0, count, 0);
                    reminded += count;
                }
                case EXPIRY_ALERT -> {
                    mail.announce(0, 0, 0, count);
                    alerts += count;
                }
                default -> throw new IllegalStateException("Unknown notice kind " + columns[1]);
            }
        }
        created.stream().filter(Notification::announcesNothing).forEach(em::remove);
        RunCounts counts = RunCounts.notices(enterpriseNumbers.size(), notified, reminded, alerts);
        NightlyRuns.count(em, runId, counts, now);
        return counts;
    }

    /**
     * Records the notices of one kind that are due for these enterprises' unread, unexpired messages, each in its
     * enterprise's pending mail, then clears their due time (also for a message that was read or expired meanwhile:
     * nothing more is due for it).
     */
    private void recordKind(
            NoticeKind kind, List<String> enterpriseNumbers, Map<String, Notification> mails, OffsetDateTime now) {
        int count = enterpriseNumbers.size();
        String due = "enterprise_number in (" + placeholders(count) + ") and " + kind.dueColumn() + " <= ?1"
                + (kind == NoticeKind.REMINDER ? " and new_notice_due_at is null" : "");
        // Each enterprise's mail by a CASE over the chunk, not by a join with the pending mails: those pile up
        // until the delivery step, and a join would visit them all for every chunk.
        StringBuilder mailOf = new StringBuilder("case enterprise_number");
        for (int i = 0; i < count; i++) {
            mailOf.append(" when ?").append(i + 2).append(" then ?").append(count + i + 2);
        }
        mailOf.append(" end");
        Query insert = bind(
                em.createNativeQuery("insert into message_notice (message_id, kind, notification_id,"
                        + " noticed_at) select message_id, '" + kind.name() + "', cast(" + mailOf + " as varchar(36)),"
                        + " cast(?1 as timestamp with time zone) from message where " + due
                        + " and read_at is null and expiration_date > ?1"),
                now,
                enterpriseNumbers);
        for (int i = 0; i < count; i++) {
            insert.setParameter(
                    count + i + 2, mails.get(enterpriseNumbers.get(i)).getNotificationId());
        }
        insert.executeUpdate();
        bind(
                        em.createNativeQuery("update message set " + kind.dueColumn() + " = null where " + due),
                        now,
                        enterpriseNumbers)
                .executeUpdate();
    }
}

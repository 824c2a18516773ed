package org.ebox.message.boundary;

import static org.ebox.common.control.Aggregates.asLong;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.message.entity.NoticeSchedule;
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.Roles;

/** The figures of one e-Box at a glance (the contract's Ebox summary and the home page's counters). */
@Stateless
public class MailboxSummary {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /** Counts the messages of the caller's box that have not expired, in one query on the box's index. */
    @RolesAllowed({Roles.EBOX_READER, Roles.SCOPE_SUMMARY_OWN_EBOX})
    public Summary ofCallersBox(OffsetDateTime now) {
        EnterpriseNumber enterprise = new EnterpriseNumber(callers.actingFor());
        Object[] row = em.createQuery("""
                        select count(m),
                               sum(case when m.readAt is null then 1 else 0 end),
                               sum(case when m.registeredMail = true and m.pickedUpAt is null then 1 else 0 end),
                               max(m.receiptDate)
                        from Message m
                        where m.enterpriseNumber = :enterprise and m.expirationDate > :now""", Object[].class)
                .setParameter("enterprise", enterprise.value())
                .setParameter("now", now)
                .getSingleResult();
        return new Summary(asLong(row[0]), asLong(row[1]), asLong(row[2]), (OffsetDateTime) row[3]);
    }

    /**
     * What needs the person's attention in the Inbox (masked messages are treated): unread messages, registered mail
     * to pick up, messages that expire soon ({@link NoticeSchedule#expiresSoon}). Each count is exactly the total
     * of the Inbox list its alert line opens.
     */
    @RolesAllowed(Roles.EBOX_READER)
    public Attention attentionOfCallersBox(OffsetDateTime now) {
        Object[] row = em.createQuery("""
                        select sum(case when m.readAt is null then 1 else 0 end),
                               sum(case when m.registeredMail = true and m.pickedUpAt is null then 1 else 0 end),
                               sum(case when m.expirationDate < :soon then 1 else 0 end)
                        from Message m
                        where m.enterpriseNumber = :enterprise and m.visible = true and m.expirationDate > :now""", Object[].class)
                .setParameter("enterprise", callers.actingFor())
                .setParameter("now", now)
                .setParameter("soon", NoticeSchedule.expiringSoonBefore(now))
                .getSingleResult();
        return new Attention(asLong(row[0]), asLong(row[1]), asLong(row[2]));
    }

    /** What a box holds now. */
    public record Summary(long messages, long unread, long registeredMailToPickUp, OffsetDateTime lastReceipt) {
        public static final Summary EMPTY = new Summary(0, 0, 0, null);
    }

    /** The alert box's three lines. */
    public record Attention(long unread, long registeredMailToPickUp, long expiringSoon) {
        public static final Attention NONE = new Attention(0, 0, 0);

        /** How many lines the alert box has. */
        public int lines() {
            return (unread > 0 ? 1 : 0) + (registeredMailToPickUp > 0 ? 1 : 0) + (expiringSoon > 0 ? 1 : 0);
        }
    }
}

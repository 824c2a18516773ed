package org.ebox.message.boundary;

import static org.ebox.common.control.Aggregates.asLong;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import org.ebox.enterprise.entity.EnterpriseNumber;
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
                               max(m.receiptDate),
                               sum(case when m.expirationDate <= :soon then 1 else 0 end)
                        from Message m
                        where m.enterpriseNumber = :enterprise and m.expirationDate > :now""", Object[].class)
                .setParameter("enterprise", enterprise.value())
                .setParameter("now", now)
                .setParameter("soon", now.plus(EXPIRING_SOON))
                .getSingleResult();
        return new Summary(asLong(row[0]), asLong(row[1]), asLong(row[2]), (OffsetDateTime) row[3],
                asLong(row[4]));
    }

    /** What a box holds now. */
    /** How close an expiry must be for the alert box to mention the message. */
    public static final java.time.Duration EXPIRING_SOON = java.time.Duration.ofDays(7);

    /** The figures of one e-Box; expiringSoon counts the messages that expire within {@link #EXPIRING_SOON}. */
    public record Summary(long messages, long unread, long registeredMailToPickUp, OffsetDateTime lastReceipt,
                          long expiringSoon) {
        public static final Summary EMPTY = new Summary(0, 0, 0, null, 0);
    }
}

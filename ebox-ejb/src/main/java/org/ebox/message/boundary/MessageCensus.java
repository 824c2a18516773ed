package org.ebox.message.boundary;

import static org.ebox.common.control.Aggregates.asLong;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;

/** Counts over all boxes, for the nightly jobs' reports. */
@Stateless
public class MessageCensus {

    @PersistenceContext
    EntityManager em;

    /** Open to every caller: the census batchlet runs on a batch thread with no caller, and it answers counts only. */
    @PermitAll
    public Census take(OffsetDateTime now) {
        Object[] row =
                em.createQuery("""
                        select count(m),
                               sum(case when m.expirationDate <= :now then 1 else 0 end),
                               sum(case when m.readAt is null then 1 else 0 end)
                        from Message m""", Object[].class).setParameter("now", now).getSingleResult();
        return new Census(asLong(row[0]), asLong(row[1]), asLong(row[2]));
    }

    /** How many messages exist, how many have expired and how many were never read. */
    public record Census(long messages, long expired, long unread) {}
}

package org.ebox.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ebox.audit.entity.AuditRecord;

/**
 * Appends to the audit trail, and reads it back. There is deliberately no method that changes or removes a record.
 * Each record is written in its own transaction, so that it stays even when the caller's work is rolled back.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void append(AuditRecord record) {
        em.persist(record);
    }

    /** The newest records first. */
    public List<AuditRecord> latest(int count) {
        return em.createQuery("select a from AuditRecord a order by a.recordedAt desc", AuditRecord.class)
                .setMaxResults(count)
                .getResultList();
    }
}

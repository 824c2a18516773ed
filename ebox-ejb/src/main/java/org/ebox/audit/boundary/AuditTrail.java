package org.ebox.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ebox.audit.entity.AuditRecord;
import org.ebox.platform.security.Roles;

/**
 * Appends to the audit trail, and reads it back. There is deliberately no method that changes or removes a record.
 * Each record is written in its own transaction, so that it stays even when the caller's work is rolled back; a
 * publication's, which commits with the message, is written by the publication itself (see ApiCall).
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    /** A record of an API call that was let in, written by the API's own filter in the caller's name. */
    @RolesAllowed(Roles.API_CLIENT)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void append(AuditRecord record) {
        em.persist(record);
    }

    /** The newest records first, for the service's operators. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public List<AuditRecord> latest(int count) {
        return em.createQuery("select a from AuditRecord a order by a.recordedAt desc", AuditRecord.class)
                .setMaxResults(count)
                .getResultList();
    }
}

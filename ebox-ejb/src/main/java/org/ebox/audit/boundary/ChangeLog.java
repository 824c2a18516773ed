package org.ebox.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.ebox.access.entity.Person;
import org.ebox.audit.entity.ChangeRecord;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.Roles;

/**
 * Records what persons change, inside the transaction of the change (so both happen or neither does), and reads the
 * records back. Like the audit trail, nothing here changes or removes a record.
 */
@Stateless
public class ChangeLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /** Written by the boundary that makes the change, in its transaction, for the person who calls it. */
    @RolesAllowed(Roles.PERSON)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Person actor, String enterpriseNumber, Action action, String subject, String details) {
        em.persist(new ChangeRecord(OffsetDateTime.now(), actor.getPersonId(), actor.getLogin(), enterpriseNumber,
                action, subject, details));
    }

    /** The newest changes made for the caller's enterprise first, for those who manage its access. */
    @RolesAllowed(Roles.ACCESS_MANAGER)
    public List<ChangeRecord> ofCallersEnterprise(int count) {
        String enterpriseNumber = callers.actingFor();
        return em.createQuery("""
                        select c from ChangeRecord c where c.enterpriseNumber = :enterprise
                        order by c.recordedAt desc""", ChangeRecord.class)
                .setParameter("enterprise", enterpriseNumber)
                .setMaxResults(count)
                .getResultList();
    }
}

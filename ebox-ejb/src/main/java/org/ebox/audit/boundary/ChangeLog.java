package org.ebox.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.ebox.access.entity.Person;
import org.ebox.audit.entity.ChangeRecord;
import org.ebox.audit.entity.ChangeRecord.Action;

/**
 * Records what persons change, inside the transaction of the change (so both happen or neither does), and reads the
 * records back. Like the audit trail, nothing here changes or removes a record.
 */
@Stateless
public class ChangeLog {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Person actor, String enterpriseNumber, Action action, String subject, String details) {
        em.persist(new ChangeRecord(OffsetDateTime.now(), actor.getPersonId(), actor.getLogin(), enterpriseNumber,
                action, subject, details));
    }

    /** The newest changes made for an enterprise first. */
    public List<ChangeRecord> ofEnterprise(String enterpriseNumber, int count) {
        return em.createQuery("""
                        select c from ChangeRecord c where c.enterpriseNumber = :enterprise
                        order by c.recordedAt desc""", ChangeRecord.class)
                .setParameter("enterprise", enterpriseNumber)
                .setMaxResults(count)
                .getResultList();
    }

    /** The newest changes made by a person first. */
    public List<ChangeRecord> byPerson(String personId, int count) {
        return em.createQuery("""
                        select c from ChangeRecord c where c.actorPersonId = :person
                        order by c.recordedAt desc""", ChangeRecord.class)
                .setParameter("person", personId)
                .setMaxResults(count)
                .getResultList();
    }
}

package org.ebox.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.ebox.audit.entity.ChangeRecord;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.platform.security.Caller;
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.Roles;

/**
 * Records what persons change, inside the transaction of the change (so both happen or neither does), and reads the
 * records back. Like the audit trail, nothing here changes or removes a record.
 */
@Stateless
public class ChangeLog {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /**
     * A change the calling person made for the enterprise it acts for (none for an operator), written by the boundary
     * that makes it, in its transaction. Who and which enterprise are the caller's, never an argument.
     */
    @RolesAllowed(Roles.PERSON)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Action action, String subject, String details) {
        Caller caller = callers.current();
        persist(caller, caller.actingFor(), action, subject, details);
    }

    /** A change of the calling person's own settings, which concern no enterprise. */
    @RolesAllowed(Roles.PERSON)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordOfPerson(Action action, String subject, String details) {
        persist(callers.current(), null, action, subject, details);
    }

    /** A change a platform operator made to the platform (the register, an institution), for no one enterprise. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordOfOperator(Action action, String subject, String details) {
        persist(callers.current(), null, action, subject, details);
    }

    /** A change a platform operator made to one enterprise (its domain, say). */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordOfOperatorFor(String enterpriseNumber, Action action, String subject, String details) {
        persist(callers.current(), enterpriseNumber, action, subject, details);
    }

    /** The newest changes of these kinds first, for the operators' pages. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public List<ChangeRecord> latestOf(List<Action> actions, int count) {
        return em.createQuery(
                        "select c from ChangeRecord c where c.action in :actions order by c.recordedAt desc",
                        ChangeRecord.class)
                .setParameter("actions", actions.stream().map(Action::name).toList())
                .setMaxResults(count)
                .getResultList();
    }

    private void persist(Caller caller, String enterpriseNumber, Action action, String subject, String details) {
        em.persist(new ChangeRecord(
                OffsetDateTime.now(clock),
                caller.actorId(),
                caller.getName(),
                enterpriseNumber,
                action,
                subject,
                details));
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

package org.ebox.operations.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Collectors;
import org.ebox.access.boundary.AccessRefused;
import org.ebox.access.boundary.AccessRefused.Reason;
import org.ebox.access.boundary.Designations;
import org.ebox.access.boundary.Designations.Designee;
import org.ebox.access.entity.AccessRole;
import org.ebox.access.entity.EnterpriseAccess;
import org.ebox.access.entity.Person;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.Roles;

/**
 * The operators designate an enterprise's Chief Access Manager, as CSAM does for the real service: the one person who
 * then designates the enterprise's administrators and users. An enterprise has one; designating another replaces
 * the one before (who keeps any other role they hold). Someone without a sign-in gets an invitation by mail.
 * Designating the same person again changes nothing, except that an invitation that expired is sent anew.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_OPERATOR)
public class ChiefAccessManagers {

    @PersistenceContext
    EntityManager em;

    @EJB
    ChangeLog changes;

    @EJB
    Designations designations;

    @Inject
    Callers callers;

    /** An enterprise's Chief Access Manager, and whether they can sign in yet (or are still invited). */
    public record ChiefAccessManager(String login, String fullName, String email, boolean hasSignIn) {}

    /** What a designation did: whom it names, whether it changed the enterprise's access, whether it mailed. */
    public record Designation(String login, String fullName, boolean changed, boolean invited) {}

    /** The enterprise's Chief Access Manager(s): one, or none before the first designation. */
    public List<ChiefAccessManager> of(EnterpriseNumber number) {
        return chiefAccess(number.value()).stream()
                .map(EnterpriseAccess::getPerson)
                .map(p -> new ChiefAccessManager(p.getLogin(), p.getFullName(), p.getEmail(), p.hasSignIn()))
                .toList();
    }

    public Designation designate(EnterpriseNumber number, Designee designee) {
        Enterprise enterprise = em.find(Enterprise.class, number.value());
        if (enterprise == null) {
            throw new AccessRefused(Reason.ENTERPRISE_UNKNOWN);
        }
        if (enterprise.isClosed()) {
            throw new AccessRefused(Reason.ENTERPRISE_CLOSED);
        }
        Person person = designations.personFor(designee);
        String operator = callers.current().getName();
        List<EnterpriseAccess> before = chiefAccess(number.value());
        if (before.stream().anyMatch(a -> a.getPerson().getPersonId().equals(person.getPersonId()))) {
            boolean invited =
                    designations.inviteAgainIfExpired(person, enterprise, AccessRole.CHIEF_ACCESS_MANAGER, operator);
            if (invited) {
                changes.recordOfOperatorFor(number.value(), Action.INVITATION_SENT, person.getLogin(), null);
            }
            return new Designation(person.getLogin(), person.getFullName(), false, invited);
        }
        before.forEach(access -> access.getPerson().revoke(access));
        person.grant(number.value(), AccessRole.CHIEF_ACCESS_MANAGER, false);
        changes.recordOfOperatorFor(
                number.value(),
                Action.CHIEF_ACCESS_MANAGER_DESIGNATED,
                person.getLogin(),
                before.isEmpty()
                        ? null
                        : before.stream()
                                .map(a -> a.getPerson().getLogin())
                                .collect(Collectors.joining(", ", "replaces ", "")));
        boolean invited =
                designations.inviteIfWithoutSignIn(person, enterprise, AccessRole.CHIEF_ACCESS_MANAGER, operator);
        if (invited) {
            changes.recordOfOperatorFor(number.value(), Action.INVITATION_SENT, person.getLogin(), null);
        }
        return new Designation(person.getLogin(), person.getFullName(), true, invited);
    }

    private List<EnterpriseAccess> chiefAccess(String enterpriseNumber) {
        return em.createQuery("""
                        select a from EnterpriseAccess a join fetch a.person
                        where a.enterpriseNumber = :enterprise and a.role = :role""", EnterpriseAccess.class)
                .setParameter("enterprise", enterpriseNumber)
                .setParameter("role", AccessRole.CHIEF_ACCESS_MANAGER)
                .getResultList();
    }
}

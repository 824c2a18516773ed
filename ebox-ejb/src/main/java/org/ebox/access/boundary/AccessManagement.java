package org.ebox.access.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ebox.access.boundary.AccessRefused.Reason;
import org.ebox.access.boundary.Designations.Designee;
import org.ebox.access.entity.AccessRole;
import org.ebox.access.entity.EnterpriseAccess;
import org.ebox.access.entity.Person;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.Roles;

/**
 * The access management of an enterprise (the CSAM part the guide refers to). The Chief Access Manager designates
 * Local Administrators, co-Local Administrators and users; Local Administrators and co-Local Administrators manage
 * users and tick or untick their 'e-Box Administrator' box. The actor's roles are read from the database on every
 * call, whatever the page showed; nobody changes their own access. Every change is recorded with who and when, in the
 * same transaction. Changes count from the person's next request, because roles are read anew on each request.
 * The actor and the enterprise are the caller's own, from its security context; an access of another enterprise is
 * not permitted, whatever its id.
 */
@Stateless
@RolesAllowed(Roles.ACCESS_MANAGER)
public class AccessManagement {

    @PersistenceContext
    EntityManager em;

    @EJB
    ChangeLog changeLog;

    @EJB
    PersonDirectory persons;

    @EJB
    Designations designations;

    @Inject
    Callers callers;

    /** One line of the access list. */
    public record AccessLine(
            String accessId,
            String personLogin,
            String fullName,
            String email,
            AccessRole role,
            boolean eboxAdministratorBox,
            boolean grantsEbox) {}

    /** The roles the caller may give or take away for its enterprise; empty when it manages no access. */
    public Set<AccessRole> manageableRoles() {
        return manageableRoles(callers.current().getName(), callers.actingFor());
    }

    private Set<AccessRole> manageableRoles(String actorLogin, String enterpriseNumber) {
        Set<AccessRole> held = rolesOf(actorLogin, enterpriseNumber);
        if (held.contains(AccessRole.CHIEF_ACCESS_MANAGER)) {
            return EnumSet.of(AccessRole.LOCAL_ADMINISTRATOR, AccessRole.CO_LOCAL_ADMINISTRATOR, AccessRole.USER);
        }
        if (held.stream().anyMatch(AccessRole::isAdministrator)) {
            return EnumSet.of(AccessRole.USER);
        }
        return EnumSet.noneOf(AccessRole.class);
    }

    /** Who holds which access for the caller's enterprise. */
    public List<AccessLine> accesses() {
        String enterpriseNumber = callers.actingFor();
        requireManager(callers.current().getName(), enterpriseNumber);
        return em.createQuery("""
                        select a from EnterpriseAccess a join fetch a.person
                        where a.enterpriseNumber = :enterprise
                        order by a.role, a.person.familyName, a.person.givenName""", EnterpriseAccess.class)
                .setParameter("enterprise", enterpriseNumber)
                .getResultStream()
                .map(a -> new AccessLine(
                        a.getAccessId(),
                        a.getPerson().getLogin(),
                        a.getPerson().getFullName(),
                        a.getPerson().getEmail(),
                        a.getRole(),
                        a.isEboxAdministratorBox(),
                        a.grantsEbox()))
                .toList();
    }

    /** Gives a person (known by login) a role for the caller's enterprise; a user may get the e-Box box at once. */
    public void grant(String personLogin, AccessRole role, boolean eboxAdministratorBox) {
        grant(Designee.byLogin(personLogin), role, eboxAdministratorBox);
    }

    /**
     * Gives the person designated (by login, or by email address, someone new then with their names) a role for the
     * caller's enterprise; a user may get the e-Box box at once. Someone without a sign-in gets an invitation by mail.
     * Answers whether one was sent.
     */
    public boolean grant(Designee designee, AccessRole role, boolean eboxAdministratorBox) {
        String enterpriseNumber = callers.actingFor();
        Person actor = requireAllowed(callers.current().getName(), enterpriseNumber, role);
        Person person = designations.personFor(designee);
        if (person.getPersonId().equals(actor.getPersonId())) {
            throw new AccessRefused(Reason.OWN_ACCESS);
        }
        boolean holds = person.getAccesses().stream()
                .anyMatch(a -> a.getEnterpriseNumber().equals(enterpriseNumber) && a.getRole() == role);
        if (holds) {
            throw new AccessRefused(Reason.ALREADY_HOLDS);
        }
        boolean box = role == AccessRole.USER && eboxAdministratorBox;
        person.grant(enterpriseNumber, role, box);
        changeLog.record(
                Action.ACCESS_GRANTED,
                person.getLogin(),
                role.name() + (box ? " with the e-Box Administrator box" : ""));
        boolean invited = designations.inviteIfWithoutSignIn(
                person, em.find(Enterprise.class, enterpriseNumber), role, actor.getLogin());
        if (invited) {
            changeLog.record(Action.INVITATION_SENT, person.getLogin(), role.name());
        }
        return invited;
    }

    public void withdraw(String accessId) {
        String actorLogin = callers.current().getName();
        EnterpriseAccess access = findAccess(accessId);
        refuseOwnAccess(actorLogin, access);
        requireAllowed(actorLogin, access.getEnterpriseNumber(), access.getRole());
        access.getPerson().revoke(access);
        changeLog.record(
                Action.ACCESS_WITHDRAWN,
                access.getPerson().getLogin(),
                access.getRole().name());
    }

    /** Ticks or unticks the 'e-Box Administrator' box of a user; administrators have the e-Box by their role. */
    public void tickEboxAdministratorBox(String accessId, boolean ticked) {
        String actorLogin = callers.current().getName();
        EnterpriseAccess access = findAccess(accessId);
        refuseOwnAccess(actorLogin, access);
        requireAllowed(actorLogin, access.getEnterpriseNumber(), AccessRole.USER);
        if (access.getRole() != AccessRole.USER) {
            throw new AccessRefused(Reason.NOT_PERMITTED);
        }
        if (access.isEboxAdministratorBox() != ticked) {
            access.tickEboxAdministratorBox(ticked);
            changeLog.record(
                    ticked ? Action.EBOX_BOX_TICKED : Action.EBOX_BOX_UNTICKED,
                    access.getPerson().getLogin(),
                    null);
        }
    }

    /** The roles a person holds for an enterprise, read from the database now. */
    private Set<AccessRole> rolesOf(String login, String enterpriseNumber) {
        List<AccessRole> roles = em.createQuery("""
                        select a.role from EnterpriseAccess a
                        where a.person.login = :login and a.enterpriseNumber = :enterprise""", AccessRole.class)
                .setParameter("login", login)
                .setParameter("enterprise", enterpriseNumber)
                .getResultList();
        return roles.isEmpty() ? EnumSet.noneOf(AccessRole.class) : EnumSet.copyOf(roles);
    }

    /** An access of the caller's enterprise; one of another enterprise is as good as unknown. */
    private EnterpriseAccess findAccess(String accessId) {
        EnterpriseAccess access = accessId == null ? null : em.find(EnterpriseAccess.class, accessId);
        if (access == null || !access.getEnterpriseNumber().equals(callers.actingFor())) {
            throw new AccessRefused(Reason.NOT_PERMITTED);
        }
        return access;
    }

    /** One's own access is changed by another manager, never by oneself (no one locks themselves out). */
    private void refuseOwnAccess(String actorLogin, EnterpriseAccess access) {
        requireManager(actorLogin, access.getEnterpriseNumber());
        if (access.getPerson().getLogin().equals(actorLogin)) {
            throw new AccessRefused(Reason.OWN_ACCESS);
        }
    }

    private void requireManager(String actorLogin, String enterpriseNumber) {
        if (manageableRoles(actorLogin, enterpriseNumber).isEmpty()) {
            throw new AccessRefused(Reason.NOT_PERMITTED);
        }
    }

    private Person requireAllowed(String actorLogin, String enterpriseNumber, AccessRole role) {
        if (!manageableRoles(actorLogin, enterpriseNumber).contains(role)) {
            throw new AccessRefused(Reason.NOT_PERMITTED);
        }
        return persons.findByLogin(actorLogin).orElseThrow();
    }
}

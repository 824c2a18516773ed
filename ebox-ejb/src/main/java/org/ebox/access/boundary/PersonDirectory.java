package org.ebox.access.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ebox.access.boundary.AccessRefused.Reason;
import org.ebox.access.entity.AccessRole;
import org.ebox.access.entity.EnterpriseAccess;
import org.ebox.access.entity.Person;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.Roles;

/** Finds persons and the enterprises they may act for. */
@Stateless
public class PersonDirectory {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @EJB
    ChangeLog changeLog;

    @Inject
    Callers callers;

    /**
     * The person with this login, with the accesses it holds, in one query. Open to every caller: the authentication
     * mechanism reads the person before the container knows who calls, and the password step before anyone is in.
     */
    @PermitAll
    public Optional<Person> findByLogin(String login) {
        return em.createQuery(
                        "select distinct p from Person p left join fetch p.accesses where p.login = :login",
                        Person.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst();
    }

    /** The person who calls. */
    @RolesAllowed(Roles.PERSON)
    public Person caller() {
        return findByLogin(callers.current().getName()).orElseThrow(() -> new AccessRefused(Reason.NOT_PERMITTED));
    }

    /** The enterprises the calling person acts for, by name, each with the access it holds (some grant no e-Box). */
    @RolesAllowed(Roles.PERSON)
    public List<EnterpriseRole> accessesOfCaller() {
        String personId = callers.current().actorId();
        return em.createQuery("""
                        select a, e from EnterpriseAccess a, Enterprise e
                        where a.person.personId = :person and e.enterpriseNumber = a.enterpriseNumber
                        order by e.name""", Object[].class)
                .setParameter("person", personId)
                .getResultStream()
                .map(row -> new EnterpriseRole((Enterprise) row[1], (EnterpriseAccess) row[0]))
                .toList();
    }

    /** The calling person's answer to the access-information screen, kept with its time and recorded. */
    @RolesAllowed(Roles.PERSON)
    public void answerAccessInformation(boolean confirmed) {
        Person person = caller();
        person.answerAccessInformation(confirmed, OffsetDateTime.now(clock));
        changeLog.recordOfPerson(
                confirmed ? Action.ACCESS_INFORMATION_CONFIRMED : Action.ACCESS_INFORMATION_DENIED, null, null);
    }

    /** The language the calling person chose in the switch, used at the next login and for the person's mails. */
    @RolesAllowed(Roles.PERSON)
    public void preferLanguage(String language) {
        Person person = caller();
        if (!language.equals(person.getPreferredLanguage())) {
            person.preferLanguage(language);
            changeLog.recordOfPerson(Action.PREFERRED_LANGUAGE_CHANGED, language, null);
        }
    }

    /**
     * The Local Administrators and co-Local Administrators of the enterprise the caller acts for: whom a user without
     * the e-Box asks.
     */
    @RolesAllowed(Roles.PERSON)
    public List<Person> administratorsOfCallersEnterprise() {
        String enterpriseNumber = callers.actingFor();
        return em.createQuery("""
                        select distinct a.person from EnterpriseAccess a
                        where a.enterpriseNumber = :enterprise and a.role in :roles""", Person.class)
                .setParameter("enterprise", enterpriseNumber)
                .setParameter("roles", AccessRole.ADMINISTRATORS)
                .getResultList();
    }

    /** An enterprise together with the access a person holds for it. */
    public record EnterpriseRole(Enterprise enterprise, EnterpriseAccess access) {
        public boolean grantsEbox() {
            return access.grantsEbox();
        }
    }
}

package org.ebox.access.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ebox.access.entity.AccessRole;
import org.ebox.access.entity.EnterpriseAccess;
import org.ebox.access.entity.Person;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.enterprise.entity.Enterprise;

/** Finds persons and the enterprises they may act for. */
@Stateless
public class PersonDirectory {

    @PersistenceContext
    EntityManager em;

    @EJB
    ChangeLog changeLog;

    /** The person with this login, with the accesses it holds, in one query. */
    public Optional<Person> findByLogin(String login) {
        return em.createQuery("select distinct p from Person p left join fetch p.accesses where p.login = :login",
                        Person.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst();
    }

    public Optional<Person> find(String personId) {
        return Optional.ofNullable(em.find(Person.class, personId));
    }

    /** The enterprises this person acts for, by name, each with the access it holds (some grant no e-Box). */
    public List<EnterpriseRole> accessesOf(String personId) {
        return em.createQuery("""
                        select a, e from EnterpriseAccess a, Enterprise e
                        where a.person.personId = :person and e.enterpriseNumber = a.enterpriseNumber
                        order by e.name""", Object[].class)
                .setParameter("person", personId)
                .getResultStream()
                .map(row -> new EnterpriseRole((Enterprise) row[1], (EnterpriseAccess) row[0]))
                .toList();
    }

    /** The person's answer to the access-information screen, kept with its time and recorded. */
    public void answerAccessInformation(String login, boolean confirmed) {
        Person person = findByLogin(login).orElseThrow();
        person.answerAccessInformation(confirmed, OffsetDateTime.now());
        changeLog.record(person, null,
                confirmed ? Action.ACCESS_INFORMATION_CONFIRMED : Action.ACCESS_INFORMATION_DENIED, null, null);
    }

    /** The language the person chose in the switch, used at the next login and for the person's mails. */
    public void preferLanguage(String login, String language) {
        Person person = findByLogin(login).orElseThrow();
        if (!language.equals(person.getPreferredLanguage())) {
            person.preferLanguage(language);
            changeLog.record(person, null, Action.PREFERRED_LANGUAGE_CHANGED, language, null);
        }
    }

    /** The Local Administrators and co-Local Administrators of an enterprise: whom a user without the e-Box asks. */
    public List<Person> administratorsOf(String enterpriseNumber) {
        return em.createQuery("""
                        select distinct a.person from EnterpriseAccess a
                        where a.enterpriseNumber = :enterprise and a.role in :roles""", Person.class)
                .setParameter("enterprise", enterpriseNumber)
                .setParameter("roles", List.of(AccessRole.LOCAL_ADMINISTRATOR, AccessRole.CO_LOCAL_ADMINISTRATOR))
                .getResultList();
    }

    /** An enterprise together with the access a person holds for it. */
    public record EnterpriseRole(Enterprise enterprise, EnterpriseAccess access) {
        public boolean grantsEbox() {
            return access.grantsEbox();
        }
    }
}

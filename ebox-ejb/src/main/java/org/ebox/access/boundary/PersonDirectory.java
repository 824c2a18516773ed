package org.ebox.access.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ebox.access.entity.EnterpriseAccess;
import org.ebox.access.entity.Person;
import org.ebox.enterprise.entity.Enterprise;

/** Finds persons and the enterprises they may act for. */
@Stateless
public class PersonDirectory {

    @PersistenceContext
    EntityManager em;

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

    /** An enterprise together with the access a person holds for it. */
    public record EnterpriseRole(Enterprise enterprise, EnterpriseAccess access) {
        public boolean grantsEbox() {
            return access.grantsEbox();
        }
    }
}

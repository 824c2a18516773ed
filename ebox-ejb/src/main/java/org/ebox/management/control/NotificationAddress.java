package org.ebox.management.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ebox.access.entity.AccessRole;
import org.ebox.enterprise.entity.Enterprise;

/**
 * Where an enterprise's notifications go: its own address, else its Chief Access Manager's; none if neither. One rule
 * for the address e-Box Management shows and the one the nightly run mails to.
 */
@ApplicationScoped
public class NotificationAddress {

    @PersistenceContext
    EntityManager em;

    public String of(Enterprise enterprise) {
        if (enterprise.getNotificationEmail() != null) {
            return enterprise.getNotificationEmail();
        }
        return em.createQuery("""
                        select a.person.email from EnterpriseAccess a
                        where a.enterpriseNumber = :enterprise and a.role = :role and a.person.email is not null
                        order by a.person.familyName""", String.class)
                .setParameter("enterprise", enterprise.getEnterpriseNumber().value())
                .setParameter("role", AccessRole.CHIEF_ACCESS_MANAGER)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}

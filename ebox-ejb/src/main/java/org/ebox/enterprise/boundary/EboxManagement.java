package org.ebox.enterprise.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.ebox.access.boundary.AccessManagement;
import org.ebox.access.boundary.AccessRefused;
import org.ebox.access.boundary.AccessRefused.Reason;
import org.ebox.access.boundary.PersonDirectory;
import org.ebox.access.entity.AccessRole;
import org.ebox.access.entity.Person;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.enterprise.entity.Enterprise;

/**
 * e-Box Management: the enterprise's notification address and its consent to go fully digital. Everyone with the
 * e-Box sees them; only the enterprise's Local Administrators and co-Local Administrators change them. The consent
 * cannot be withdrawn: there is no method for it here, the entity keeps the first consent, and on PostgreSQL a
 * trigger refuses any change of it.
 */
@Stateless
public class EboxManagement {

    @PersistenceContext
    EntityManager em;

    @EJB
    AccessManagement accessManagement;

    @EJB
    ChangeLog changeLog;

    @EJB
    PersonDirectory persons;

    /** What the page shows. The address notifications go to: the enterprise's own, else its Chief Access Manager's. */
    public record Settings(String notificationEmail, String effectiveNotificationEmail, boolean fullyDigital,
                           OffsetDateTime fullyDigitalAt, String fullyDigitalByName) {
    }

    public Settings settingsOf(String enterpriseNumber) {
        Enterprise enterprise = em.find(Enterprise.class, enterpriseNumber);
        String consentBy = enterprise.getFullyDigitalBy() == null ? null
                : Optional.ofNullable(em.find(Person.class, enterprise.getFullyDigitalBy()))
                        .map(Person::getFullName).orElse(null);
        return new Settings(enterprise.getNotificationEmail(), effectiveNotificationEmail(enterprise),
                enterprise.isFullyDigital(), enterprise.getFullyDigitalAt(), consentBy);
    }

    /** The address notifications go to: the enterprise's own, else the Chief Access Manager's; null if neither. */
    public String effectiveNotificationEmail(Enterprise enterprise) {
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
                .getResultStream().findFirst().orElse(null);
    }

    /** Whether this person may change the settings: a Local Administrator or co-Local Administrator of it. */
    public boolean mayManage(String login, String enterpriseNumber) {
        Set<AccessRole> roles = accessManagement.rolesOf(login, enterpriseNumber);
        return roles.contains(AccessRole.LOCAL_ADMINISTRATOR) || roles.contains(AccessRole.CO_LOCAL_ADMINISTRATOR);
    }

    public void changeNotificationEmail(String actorLogin, String enterpriseNumber, String email) {
        Person actor = requireManager(actorLogin, enterpriseNumber);
        String address = EmailAddresses.valid(email);
        Enterprise enterprise = em.find(Enterprise.class, enterpriseNumber, LockModeType.PESSIMISTIC_WRITE);
        String before = enterprise.getNotificationEmail();
        if (!address.equals(before)) {
            enterprise.changeNotificationEmail(address);
            changeLog.record(actor, enterpriseNumber, Action.NOTIFICATION_EMAIL_CHANGED, address,
                    "was " + (before == null ? "(none)" : before));
        }
    }

    /**
     * The irreversible consent to receive every digitally available document, registered mail included, only
     * through e-Box. Asked with a ticked box: without it, nothing happens. Given twice, the first one stays.
     */
    public void consentToFullyDigital(String actorLogin, String enterpriseNumber, boolean boxTicked) {
        Person actor = requireManager(actorLogin, enterpriseNumber);
        if (!boxTicked) {
            throw new AccessRefused(Reason.NOT_CONFIRMED);
        }
        Enterprise enterprise = em.find(Enterprise.class, enterpriseNumber, LockModeType.PESSIMISTIC_WRITE);
        if (!enterprise.isFullyDigital()) {
            enterprise.consentToFullyDigital(actor.getPersonId(), OffsetDateTime.now());
            changeLog.record(actor, enterpriseNumber, Action.FULLY_DIGITAL_CONSENT, null, null);
        }
    }

    private Person requireManager(String actorLogin, String enterpriseNumber) {
        if (!mayManage(actorLogin, enterpriseNumber)) {
            throw new AccessRefused(Reason.NOT_PERMITTED);
        }
        return persons.findByLogin(actorLogin).orElseThrow();
    }
}

package org.ebox.management.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.ebox.access.boundary.AccessRefused;
import org.ebox.access.boundary.AccessRefused.Reason;
import org.ebox.access.boundary.EmailAddresses;
import org.ebox.access.entity.Person;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.management.control.NotificationAddress;
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.Roles;

/**
 * e-Box Management: the enterprise's notification address and its consent to go fully digital. Everyone with the
 * e-Box sees them; only the enterprise's Local Administrators and co-Local Administrators change them. The consent
 * cannot be withdrawn: there is no method for it here, the entity keeps the first consent, and on PostgreSQL a
 * trigger refuses any change of it.
 */
@Stateless
public class EboxManagement {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @EJB
    ChangeLog changeLog;

    @Inject
    Callers callers;

    @Inject
    NotificationAddress notificationAddress;

    @Resource
    SessionContext session;

    /** What the page shows. The address notifications go to: the enterprise's own, else its Chief Access Manager's. */
    public record Settings(
            String notificationEmail,
            String effectiveNotificationEmail,
            boolean fullyDigital,
            OffsetDateTime fullyDigitalAt,
            String fullyDigitalByName) {}

    /** The settings of the caller's enterprise, for everyone with its e-Box. */
    @RolesAllowed(Roles.EBOX_READER)
    public Settings settings() {
        Enterprise enterprise = em.find(Enterprise.class, callers.actingFor());
        String consentBy = enterprise.getFullyDigitalBy() == null
                ? null
                : Optional.ofNullable(em.find(Person.class, enterprise.getFullyDigitalBy()))
                        .map(Person::getFullName)
                        .orElse(null);
        return new Settings(
                enterprise.getNotificationEmail(),
                notificationAddress.of(enterprise),
                enterprise.isFullyDigital(),
                enterprise.getFullyDigitalAt(),
                consentBy);
    }

    /**
     * The address the caller's enterprise is notified at, which the top bar shows to everyone acting for it: its
     * own, else its Chief Access Manager's (the rule of {@link NotificationAddress}); empty for a caller acting for
     * no enterprise, or when neither has an address.
     */
    @RolesAllowed(Roles.PERSON)
    public Optional<String> notificationAddress() {
        return Optional.ofNullable(callers.current().actingFor())
                .map(number -> em.find(Enterprise.class, number))
                .map(notificationAddress::of);
    }

    /** Whether the caller may change the settings: a Local Administrator or co-Local Administrator of it. */
    @RolesAllowed(Roles.PERSON)
    public boolean mayManage() {
        return session.isCallerInRole(Roles.ENTERPRISE_ADMINISTRATOR);
    }

    @RolesAllowed(Roles.ENTERPRISE_ADMINISTRATOR)
    public void changeNotificationEmail(String email) {
        String enterpriseNumber = callers.actingFor();
        String address = EmailAddresses.valid(email);
        Enterprise enterprise = em.find(Enterprise.class, enterpriseNumber, LockModeType.PESSIMISTIC_WRITE);
        String before = enterprise.getNotificationEmail();
        if (!address.equals(before)) {
            enterprise.changeNotificationEmail(address);
            changeLog.record(Action.NOTIFICATION_EMAIL_CHANGED, address, "was " + (before == null ? "(none)" : before));
        }
    }

    /**
     * The irreversible consent to receive every digitally available document, registered mail included, only
     * through e-Box. Asked with a ticked box: without it, nothing happens. Given twice, the first one stays.
     */
    @RolesAllowed(Roles.ENTERPRISE_ADMINISTRATOR)
    public void consentToFullyDigital(boolean boxTicked) {
        String enterpriseNumber = callers.actingFor();
        if (!boxTicked) {
            throw new AccessRefused(Reason.NOT_CONFIRMED);
        }
        Enterprise enterprise = em.find(Enterprise.class, enterpriseNumber, LockModeType.PESSIMISTIC_WRITE);
        if (!enterprise.isFullyDigital()) {
            enterprise.consentToFullyDigital(callers.current().actorId(), OffsetDateTime.now(clock));
            changeLog.record(Action.FULLY_DIGITAL_CONSENT, null, null);
        }
    }
}

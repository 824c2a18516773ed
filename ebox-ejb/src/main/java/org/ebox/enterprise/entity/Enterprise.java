package org.ebox.enterprise.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A company that owns an e-Box. Its 'fully digital' consent is irreversible: this class offers no way to withdraw it,
 * and giving it twice keeps the first date and person.
 */
@Entity
@Table(name = "enterprise")
public class Enterprise {

    @Id
    @Column(name = "enterprise_number", length = 10)
    private String enterpriseNumber;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnterpriseDomain domain;

    @Column(name = "notification_email")
    private String notificationEmail;

    @Column(name = "fully_digital_at")
    private OffsetDateTime fullyDigitalAt;

    @Column(name = "fully_digital_by")
    private String fullyDigitalBy;

    /** When a person of the enterprise first opened its e-Box; before that, institutions must send on paper. */
    @Column(name = "ebox_opened_at")
    private OffsetDateTime eboxOpenedAt;

    @Column(name = "last_consultation_at")
    private OffsetDateTime lastConsultationAt;

    /** The day the KBO/BCE stopped listing it as active; its e-Box is then read-only until its messages expire. */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Version
    private long version;

    protected Enterprise() {}

    public Enterprise(EnterpriseNumber number, String name, EnterpriseDomain domain, String notificationEmail) {
        this.enterpriseNumber = number.value();
        this.name = Objects.requireNonNull(name);
        this.domain = Objects.requireNonNull(domain);
        this.notificationEmail = notificationEmail;
    }

    /** Records the consent to receive every digitally available document, registered mail included, only here. */
    public void consentToFullyDigital(String personId, OffsetDateTime when) {
        if (fullyDigitalAt == null) {
            fullyDigitalAt = Objects.requireNonNull(when);
            fullyDigitalBy = Objects.requireNonNull(personId);
        }
    }

    public boolean isFullyDigital() {
        return fullyDigitalAt != null;
    }

    public void markEboxOpened(OffsetDateTime when) {
        if (eboxOpenedAt == null) {
            eboxOpenedAt = when;
        }
    }

    public void consulted(OffsetDateTime when) {
        lastConsultationAt = when;
    }

    public OffsetDateTime getLastConsultationAt() {
        return lastConsultationAt;
    }

    /** An operator sets the access domain, as CSAM knows the enterprise (an NSSO employer or not). */
    public void changeDomain(EnterpriseDomain domain) {
        this.domain = Objects.requireNonNull(domain);
    }

    public void changeNotificationEmail(String email) {
        this.notificationEmail = email;
    }

    public EnterpriseNumber getEnterpriseNumber() {
        return new EnterpriseNumber(enterpriseNumber);
    }

    public String getName() {
        return name;
    }

    public EnterpriseDomain getDomain() {
        return domain;
    }

    public String getNotificationEmail() {
        return notificationEmail;
    }

    public OffsetDateTime getFullyDigitalAt() {
        return fullyDigitalAt;
    }

    public String getFullyDigitalBy() {
        return fullyDigitalBy;
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public OffsetDateTime getEboxOpenedAt() {
        return eboxOpenedAt;
    }
}

package org.ebox.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The invitation mailed to someone designated for an enterprise before they have a sign-in. The mail carries a
 * one-time link; only the digest of its token is kept here. It is open until it expires or is closed: accepted (the
 * person set up their sign-in with it), superseded by a newer invitation, or made pointless because the person's
 * identity provider account was linked.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    /** Why an invitation no longer opens anything. */
    public enum Closing {
        ACCEPTED,
        SUPERSEDED,
        LINKED
    }

    @Id
    @Column(name = "invitation_id", length = 36)
    private String invitationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    /** Null for the first platform operator's invitation, which is for no enterprise. */
    @Column(name = "enterprise_number", length = 10)
    private String enterpriseNumber;

    /** Null for the first platform operator's invitation: an operator holds no role of an enterprise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "access_role", length = 30)
    private AccessRole role;

    @Column(name = "token_digest", nullable = false, length = 64)
    private String tokenDigest;

    /** The login of whoever designated the person: the mail names them. */
    @Column(name = "invited_by", nullable = false, length = 100)
    private String invitedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_because", length = 20)
    private Closing closedBecause;

    protected Invitation() {}

    public Invitation(
            Person person,
            String enterpriseNumber,
            AccessRole role,
            String tokenDigest,
            String invitedBy,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt) {
        this.invitationId = UUID.randomUUID().toString();
        this.person = person;
        this.enterpriseNumber = enterpriseNumber;
        this.role = role;
        this.tokenDigest = tokenDigest;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isForPlatformOperator() {
        return role == null;
    }

    public boolean isOpenAt(OffsetDateTime when) {
        return closedBecause == null && when.isBefore(expiresAt);
    }

    public boolean isExpiredAt(OffsetDateTime when) {
        return closedBecause == null && !when.isBefore(expiresAt);
    }

    public void close(Closing why, OffsetDateTime when) {
        if (closedBecause == null) {
            closedBecause = why;
            closedAt = when;
        }
    }

    public String getInvitationId() {
        return invitationId;
    }

    public Person getPerson() {
        return person;
    }

    public String getEnterpriseNumber() {
        return enterpriseNumber;
    }

    public AccessRole getRole() {
        return role;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public Closing getClosedBecause() {
        return closedBecause;
    }
}

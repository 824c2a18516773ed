package org.ebox.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The second step of one login. It exists only once the password was right; it is completed by a code from the
 * person's authenticator app or from an email, within its lifetime and a few attempts.
 */
@Entity
@Table(name = "login_challenge")
public class LoginChallenge {

    /** Where the person reads the code. */
    public enum Method {
        APP,
        EMAIL
    }

    @Id
    @Column(name = "challenge_id", length = 36)
    private String challengeId;

    @Column(name = "person_id", length = 36, nullable = false)
    private String personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Method method;

    /** The emailed code as a salted digest ({@code EmailedCodes}); null for app codes. */
    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    /**
     * Where the password was right from, as the sign-in counters count it: wrong codes count there, and a complete
     * login is remembered there.
     */
    @Column(name = "client_address", length = 64)
    private String clientAddress;

    protected LoginChallenge() {}

    public LoginChallenge(
            String personId,
            Method method,
            String codeHash,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt,
            String clientAddress) {
        this.challengeId = UUID.randomUUID().toString();
        this.personId = personId;
        this.method = method;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.clientAddress = clientAddress;
    }

    /** Still waiting for its code: not completed, not expired, not worn out by wrong codes. */
    public boolean isOpenAt(OffsetDateTime now, int maxAttempts) {
        return completedAt == null && now.isBefore(expiresAt) && failedAttempts < maxAttempts;
    }

    public void wrongCode() {
        failedAttempts++;
    }

    public void complete(OffsetDateTime when) {
        completedAt = when;
    }

    public String getChallengeId() {
        return challengeId;
    }

    public String getPersonId() {
        return personId;
    }

    public Method getMethod() {
        return method;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}

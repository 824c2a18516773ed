package org.ebox.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The failed sign-in steps (wrong passwords, unknown logins, wrong codes) of one client address, of one login, or of
 * one login from one client address, in the database so that every node of the e-Box counts the same. What each count
 * leads to is {@code SignInThrottling}'s rule. The row is known by a digest of what it counts, so that neither logins
 * (a password typed in the wrong field is one) nor addresses are stored in the clear; it may be deleted once
 * {@link #getExpiresAt()} is past, when nothing it holds counts any more.
 */
@Entity
@Table(name = "sign_in_counter")
public class SignInCounter {

    /** What a counter counts. */
    public enum Scope {
        CLIENT_ADDRESS,
        LOGIN,
        LOGIN_FROM_ADDRESS
    }

    @Id
    @Column(name = "counter_key", length = 64)
    private String counterKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Scope scope;

    /** The first failure of the window being counted: the window ends a fixed time after it. */
    @Column(name = "window_start", nullable = false)
    private OffsetDateTime windowStart;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at")
    private OffsetDateTime lastFailureAt;

    @Column(name = "blocked_until")
    private OffsetDateTime blockedUntil;

    /** The last complete login of the login from the address: the person's own place, which is trusted more. */
    @Column(name = "signed_in_at")
    private OffsetDateTime signedInAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected SignInCounter() {}

    /** A counter with nothing counted yet, kept at least for the given time. */
    public SignInCounter(String counterKey, Scope scope, OffsetDateTime now, Duration keptFor) {
        this.counterKey = counterKey;
        this.scope = scope;
        this.windowStart = now;
        this.expiresAt = now.plus(keptFor);
    }

    /** The failures of the window running at that time; none once it has ended. */
    public int failuresAt(OffsetDateTime now, Duration window) {
        return windowStart.plus(window).isAfter(now) ? failures : 0;
    }

    /**
     * Counts one failure. A window ended starts a new one. With a limit (0: none), the limit reached blocks what
     * this counter counts for {@code blockFor} and starts counting anew.
     */
    public void countFailure(OffsetDateTime now, Duration window, int limit, Duration blockFor) {
        if (!windowStart.plus(window).isAfter(now)) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        if (limit > 0 && failures >= limit) {
            blockedUntil = now.plus(blockFor);
            windowStart = now;
            failures = 0;
        }
        keepUntil(windowStart.plus(window));
        keepUntil(blockedUntil);
    }

    public Optional<OffsetDateTime> blockedAt(OffsetDateTime now) {
        return blockedUntil != null && blockedUntil.isAfter(now) ? Optional.of(blockedUntil) : Optional.empty();
    }

    /** A complete login: earlier failures are forgiven, and the login and address are remembered together. */
    public void signedIn(OffsetDateTime now, Duration rememberedFor) {
        failures = 0;
        blockedUntil = null;
        windowStart = now;
        signedInAt = now;
        keepUntil(now.plus(rememberedFor));
    }

    public boolean signedInSince(OffsetDateTime since) {
        return signedInAt != null && signedInAt.isAfter(since);
    }

    private void keepUntil(OffsetDateTime until) {
        if (until != null && until.isAfter(expiresAt)) {
            expiresAt = until;
        }
    }

    public String getCounterKey() {
        return counterKey;
    }

    public Scope getScope() {
        return scope;
    }

    public OffsetDateTime getLastFailureAt() {
        return lastFailureAt;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}

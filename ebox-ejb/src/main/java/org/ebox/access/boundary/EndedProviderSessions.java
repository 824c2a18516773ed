package org.ebox.access.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The identity provider's sessions that ended (OpenID Connect back-channel logout), in the shared database: the
 * provider's call reaches one node, the e-Box session it ends may live on any, so every node asks here before it
 * serves a session signed in through the provider.
 */
// The provider's logout call carries no caller (the web tier checks its signed logout token first), and the check
// runs while a request is being authenticated, before there is a caller: neither can name a role.
@PermitAll
@Stateless
public class EndedProviderSessions {

    /** Longer than any session of the provider lives: an e-Box session of an older one has ended by itself. */
    static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    /** The provider ended this session of its own. Said twice, it stays ended once; rows past their day go. */
    public void end(String providerSession, OffsetDateTime now) {
        em.createNativeQuery("delete from ended_provider_session where ended_at < ?1")
                .setParameter(1, now.minus(KEPT))
                .executeUpdate();
        if (!hasEnded(providerSession)) {
            em.createNativeQuery("insert into ended_provider_session (provider_session, ended_at) values (?1, ?2)")
                    .setParameter(1, providerSession)
                    .setParameter(2, now)
                    .executeUpdate();
        }
    }

    public boolean hasEnded(String providerSession) {
        return !em.createNativeQuery("select 1 from ended_provider_session where provider_session = ?1")
                .setParameter(1, providerSession)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}

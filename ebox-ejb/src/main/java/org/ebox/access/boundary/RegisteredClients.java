package org.ebox.access.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ebox.access.entity.ApiClient;
import org.ebox.access.entity.ApiClient.Credential;
import org.ebox.access.entity.ApiClient.Purpose;
import org.ebox.access.entity.ApiClientKey;

/**
 * What the API's authentication needs to know of a client before any role exists: whether it is registered and not
 * revoked, for whom it acts, its scopes, and the keys its tokens may be signed with. Read from the database at every
 * call, never from a cache, so that a revocation counts at once on every node.
 */
@Stateless
@PermitAll
public class RegisteredClients {

    @PersistenceContext
    EntityManager em;

    /** A registered client as the token check sees it; {@code publicKeys} are JWKs as JSON, the active ones only. */
    public record RegisteredClient(
            String clientId,
            String organizationNumber,
            Purpose purpose,
            Set<String> scopes,
            Credential credential,
            String keySetUrl,
            List<String> publicKeys,
            boolean revoked) {}

    public Optional<RegisteredClient> find(String clientId) {
        if (clientId == null || clientId.isEmpty() || clientId.length() > ApiClient.CLIENT_ID_LENGTH) {
            return Optional.empty();
        }
        List<ApiClient> found = em.createQuery("select c from ApiClient c where c.clientId = :id", ApiClient.class)
                .setParameter("id", clientId)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiClient client = found.get(0);
        List<String> keys = client.getCredential() != Credential.PUBLIC_KEY
                ? List.of()
                : em.createQuery("""
                                select k from ApiClientKey k
                                where k.clientId = :id and k.revokedAt is null order by k.addedAt""", ApiClientKey.class).setParameter("id", clientId).getResultList().stream()
                        .map(ApiClientKey::getPublicJwk)
                        .toList();
        return Optional.of(new RegisteredClient(
                client.getClientId(),
                client.getOrganizationNumber(),
                client.getPurpose(),
                client.getScopes(),
                client.getCredential(),
                client.getKeySetUrl(),
                keys,
                client.isRevoked()));
    }
}

package org.ebox.operations.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.ebox.access.control.ClientKeys;
import org.ebox.access.control.ClientKeys.PublicKey;
import org.ebox.access.entity.ApiClient;
import org.ebox.access.entity.ApiClient.Credential;
import org.ebox.access.entity.ApiClient.Purpose;
import org.ebox.access.entity.ApiClientKey;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.institution.entity.SenderOrganization;
import org.ebox.operations.boundary.ApiClientRefused.Reason;
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.Roles;

/**
 * The operators register the software that may call the API: an institution's (publication), an enterprise's
 * (consultation of its own box) or the agency's own scripts (the operators' API). They give its scopes and how it
 * proves itself: a public key kept here, a key set at its URL, or its client id at the identity provider. Keys are
 * rotated by adding the new one and then revoking the old; a revoked client, or key, never counts again. Every change
 * is a change record.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_OPERATOR)
public class ApiClients {

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@+\\-]{0,254}");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Callers callers;

    @EJB
    ChangeLog changes;

    /** What an operator asks to register. Scopes empty means all the purpose allows. */
    public record Registration(
            String clientId,
            String organizationNumber,
            Purpose purpose,
            Set<String> scopes,
            Credential credential,
            String publicKey,
            String keySetUrl) {}

    /** A public key of a client: its thumbprint, when it was added and revoked. */
    public record Key(String keyId, OffsetDateTime addedAt, OffsetDateTime revokedAt) {}

    /** A registered client as the operators see it. */
    public record Client(
            String clientId,
            String organizationNumber,
            Purpose purpose,
            Set<String> scopes,
            Credential credential,
            String keySetUrl,
            OffsetDateTime registeredAt,
            String registeredBy,
            OffsetDateTime revokedAt,
            List<Key> keys) {

        public boolean isRevoked() {
            return revokedAt != null;
        }
    }

    /** What a registration did: the client, and whether it is new (a retry of the same registration is not). */
    public record Registered(Client client, boolean created) {}

    /** The clients, newest first. */
    public List<Client> list(int first, int count) {
        List<ApiClient> clients = em.createQuery(
                        "select c from ApiClient c order by c.registeredAt desc, c.clientId", ApiClient.class)
                .setFirstResult(first)
                .setMaxResults(count)
                .getResultList();
        if (clients.isEmpty()) {
            return List.of();
        }
        // One query for the keys of the page's clients, not one a client.
        List<ApiClientKey> keys = em.createQuery(
                        "select k from ApiClientKey k where k.clientId in :ids order by k.addedAt", ApiClientKey.class)
                .setParameter(
                        "ids", clients.stream().map(ApiClient::getClientId).toList())
                .getResultList();
        return clients.stream()
                .map(c -> view(
                        c,
                        keys.stream()
                                .filter(k -> k.getClientId().equals(c.getClientId()))
                                .toList()))
                .toList();
    }

    public Client find(String clientId) {
        return view(existing(clientId), keysOf(clientId));
    }

    public Registered register(Registration registration) {
        String clientId =
                registration.clientId() == null ? "" : registration.clientId().strip();
        if (!CLIENT_ID.matcher(clientId).matches()) {
            throw new ApiClientRefused(Reason.CLIENT_ID_INVALID);
        }
        EnterpriseNumber organization = organizationOf(registration);
        Set<String> scopes = scopesOf(registration);
        Credential credential = registration.credential();
        if (credential == null) {
            throw new ApiClientRefused(Reason.CREDENTIAL_MISSING);
        }
        PublicKey key = credential == Credential.PUBLIC_KEY ? publicKey(registration.publicKey()) : null;
        String keySetUrl = credential == Credential.KEY_SET_URL ? keySetUrl(registration.keySetUrl()) : null;

        ApiClient before = em.find(ApiClient.class, clientId);
        if (before != null) {
            if (sameAs(before, organization, registration.purpose(), scopes, credential, keySetUrl, key)) {
                return new Registered(find(clientId), false);
            }
            throw new ApiClientRefused(Reason.CLIENT_ID_TAKEN);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String operator = callers.current().getName();
        em.persist(new ApiClient(
                clientId, organization.value(), registration.purpose(), scopes, credential, keySetUrl, now, operator));
        if (key != null) {
            em.persist(new ApiClientKey(clientId, key.keyId(), key.json(), now));
        }
        changes.recordOfOperatorFor(
                organization.value(),
                Action.API_CLIENT_REGISTERED,
                clientId,
                registration.purpose() + " " + String.join(" ", scopes) + ", " + credential
                        + (key != null ? " " + key.keyId() : keySetUrl != null ? " " + keySetUrl : ""));
        return new Registered(find(clientId), true);
    }

    /** Adds a key (the first half of a rotation); adding a key the client has already changes nothing. */
    public Key addKey(String clientId, String publicKeyText) {
        ApiClient client = changeable(clientId);
        if (client.getCredential() != Credential.PUBLIC_KEY) {
            throw new ApiClientRefused(Reason.KEYS_NOT_KEPT);
        }
        PublicKey key = publicKey(publicKeyText);
        ApiClientKey existing = em.find(ApiClientKey.class, keyId(clientId, key.keyId()));
        if (existing != null) {
            if (existing.isRevoked()) {
                throw new ApiClientRefused(Reason.KEY_REVOKED);
            }
            return view(existing);
        }
        ApiClientKey added = new ApiClientKey(clientId, key.keyId(), key.json(), OffsetDateTime.now(clock));
        em.persist(added);
        changes.recordOfOperatorFor(client.getOrganizationNumber(), Action.API_CLIENT_KEY_ADDED, clientId, key.keyId());
        return view(added);
    }

    /** Revokes a key: tokens signed with it are refused from the next call on. Again changes nothing. */
    public void revokeKey(String clientId, String keyId) {
        ApiClient client = changeable(clientId);
        ApiClientKey key = keyId == null ? null : em.find(ApiClientKey.class, keyId(clientId, keyId));
        if (key == null) {
            throw new ApiClientRefused(Reason.KEY_UNKNOWN);
        }
        if (key.isRevoked()) {
            return;
        }
        if (keysOf(clientId).stream().filter(k -> !k.isRevoked()).count() == 1) {
            throw new ApiClientRefused(Reason.LAST_KEY);
        }
        key.revoke(OffsetDateTime.now(clock));
        changes.recordOfOperatorFor(client.getOrganizationNumber(), Action.API_CLIENT_KEY_REVOKED, clientId, keyId);
    }

    /** Revokes the client: none of its tokens counts from the next call on. Again changes nothing. */
    public void revoke(String clientId) {
        ApiClient client = existing(clientId);
        if (client.isRevoked()) {
            return;
        }
        client.revoke(OffsetDateTime.now(clock), callers.current().getName());
        changes.recordOfOperatorFor(client.getOrganizationNumber(), Action.API_CLIENT_REVOKED, clientId, null);
    }

    private EnterpriseNumber organizationOf(Registration registration) {
        EnterpriseNumber organization;
        try {
            organization = EnterpriseNumber.parse(registration.organizationNumber());
        } catch (IllegalArgumentException e) {
            throw new ApiClientRefused(Reason.ORGANIZATION_NUMBER_INVALID);
        }
        if (registration.purpose() == null) {
            throw new ApiClientRefused(Reason.PURPOSE_MISSING);
        }
        switch (registration.purpose()) {
            case PUBLICATION -> {
                if (em.find(SenderOrganization.class, organization.value()) == null) {
                    throw new ApiClientRefused(Reason.INSTITUTION_UNKNOWN);
                }
            }
            case CONSULTATION -> {
                if (em.find(Enterprise.class, organization.value()) == null) {
                    throw new ApiClientRefused(Reason.ENTERPRISE_UNKNOWN);
                }
            }
            case OPERATIONS -> {
                // The agency's own number: the operators' API acts for no enterprise.
            }
        }
        return organization;
    }

    private static Set<String> scopesOf(Registration registration) {
        Set<String> allowed = registration.purpose().scopes();
        Set<String> asked =
                registration.scopes() == null || registration.scopes().isEmpty()
                        ? allowed
                        : Set.copyOf(registration.scopes());
        if (!allowed.containsAll(asked)) {
            throw new ApiClientRefused(Reason.SCOPE_NOT_FOR_PURPOSE);
        }
        return asked;
    }

    private static PublicKey publicKey(String text) {
        try {
            return ClientKeys.parse(text);
        } catch (ClientKeys.Unusable e) {
            throw new ApiClientRefused(
                    switch (e.flaw()) {
                        case UNREADABLE -> Reason.KEY_UNREADABLE;
                        case PRIVATE -> Reason.KEY_PRIVATE;
                        case WEAK -> Reason.KEY_WEAK;
                    });
        }
    }

    /** An https URL; plain http only on the loopback, where nothing travels over a network. */
    static String keySetUrl(String written) {
        if (written == null || written.isBlank() || written.length() > 2000) {
            throw new ApiClientRefused(Reason.KEY_SET_URL_INVALID);
        }
        try {
            URI url = new URI(written.strip());
            String host = url.getHost();
            boolean loopback = "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host);
            if (host == null
                    || url.getUserInfo() != null
                    || !("https".equals(url.getScheme()) || ("http".equals(url.getScheme()) && loopback))) {
                throw new ApiClientRefused(Reason.KEY_SET_URL_INVALID);
            }
            return url.toString();
        } catch (URISyntaxException e) {
            throw new ApiClientRefused(Reason.KEY_SET_URL_INVALID);
        }
    }

    private boolean sameAs(
            ApiClient before,
            EnterpriseNumber organization,
            Purpose purpose,
            Set<String> scopes,
            Credential credential,
            String keySetUrl,
            PublicKey key) {
        return !before.isRevoked()
                && before.getOrganizationNumber().equals(organization.value())
                && before.getPurpose() == purpose
                && before.getScopes().equals(scopes)
                && before.getCredential() == credential
                && Objects.equals(before.getKeySetUrl(), keySetUrl)
                && (key == null
                        || keysOf(before.getClientId()).stream()
                                .anyMatch(k -> !k.isRevoked() && k.getKeyId().equals(key.keyId())));
    }

    private ApiClient existing(String clientId) {
        ApiClient client = clientId == null ? null : em.find(ApiClient.class, clientId);
        if (client == null) {
            throw new ApiClientRefused(Reason.CLIENT_UNKNOWN);
        }
        return client;
    }

    private ApiClient changeable(String clientId) {
        ApiClient client = existing(clientId);
        if (client.isRevoked()) {
            throw new ApiClientRefused(Reason.CLIENT_REVOKED);
        }
        return client;
    }

    private List<ApiClientKey> keysOf(String clientId) {
        return em.createQuery(
                        "select k from ApiClientKey k where k.clientId = :id order by k.addedAt", ApiClientKey.class)
                .setParameter("id", clientId)
                .getResultList();
    }

    private static ApiClientKey.Id keyId(String clientId, String keyId) {
        return new ApiClientKey.Id(clientId, keyId);
    }

    private static Client view(ApiClient c, List<ApiClientKey> keys) {
        return new Client(
                c.getClientId(),
                c.getOrganizationNumber(),
                c.getPurpose(),
                c.getScopes(),
                c.getCredential(),
                c.getKeySetUrl(),
                c.getRegisteredAt(),
                c.getRegisteredBy(),
                c.getRevokedAt(),
                keys.stream().map(ApiClients::view).toList());
    }

    private static Key view(ApiClientKey k) {
        return new Key(k.getKeyId(), k.getAddedAt(), k.getRevokedAt());
    }
}

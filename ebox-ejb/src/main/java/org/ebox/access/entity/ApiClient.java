package org.ebox.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Software an operator has allowed to call the API: for an institution (publication), for an enterprise (consultation
 * of its own box) or for the agency (the operators' API). It acts for the organisation registered here and within the
 * scopes registered here, whatever its tokens claim; once revoked, none of its tokens counts.
 */
@Entity
@Table(name = "api_client")
public class ApiClient {

    /** Longest client id: identity providers' ids (URLs, UUIDs with prefixes) fit. */
    public static final int CLIENT_ID_LENGTH = 255;

    /**
     * What the client is for, and the scopes it may be given: the contract's short scope names, and the operators'
     * own scope. Publication and consultation never mix: a client acts either as a sender or as a recipient.
     */
    public enum Purpose {
        PUBLICATION("publicationsender", "referencedata"),
        CONSULTATION("summaryownebox", "messagesfull", "referencedata"),
        OPERATIONS("operations");

        private final Set<String> scopes;

        Purpose(String... scopes) {
            this.scopes = new LinkedHashSet<>(Arrays.asList(scopes));
        }

        public Set<String> scopes() {
            return Set.copyOf(scopes);
        }

        /** In the order of the declaration, for lists and forms. */
        public List<String> orderedScopes() {
            return List.copyOf(scopes);
        }
    }

    /** How the client proves who it is. */
    public enum Credential {
        /** Tokens it signs itself, checked against the public keys kept here. */
        PUBLIC_KEY,
        /** Tokens it signs itself, checked against the key set it publishes at its URL (it rotates there). */
        KEY_SET_URL,
        /** Tokens of the configured identity provider, which knows the client by the same client id. */
        IDENTITY_PROVIDER
    }

    @Id
    @Column(name = "client_id", length = CLIENT_ID_LENGTH)
    private String clientId;

    @Column(name = "organization_number", nullable = false, length = 10)
    private String organizationNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private Purpose purpose;

    /** Short scope names, separated by spaces. */
    @Column(name = "scopes", nullable = false, length = 500)
    private String scopes;

    @Enumerated(EnumType.STRING)
    @Column(name = "credential", nullable = false, length = 20)
    private Credential credential;

    @Column(name = "key_set_url", length = 2000)
    private String keySetUrl;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false, length = 255)
    private String registeredBy;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by", length = 255)
    private String revokedBy;

    protected ApiClient() {}

    public ApiClient(
            String clientId,
            String organizationNumber,
            Purpose purpose,
            Set<String> scopes,
            Credential credential,
            String keySetUrl,
            OffsetDateTime registeredAt,
            String registeredBy) {
        this.clientId = clientId;
        this.organizationNumber = organizationNumber;
        this.purpose = purpose;
        this.scopes = String.join(
                " ", purpose.orderedScopes().stream().filter(scopes::contains).toList());
        this.credential = credential;
        this.keySetUrl = credential == Credential.KEY_SET_URL ? keySetUrl : null;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    public void revoke(OffsetDateTime at, String by) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String getClientId() {
        return clientId;
    }

    public String getOrganizationNumber() {
        return organizationNumber;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Set<String> getScopes() {
        return scopes.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(scopes.split(" ")));
    }

    public Credential getCredential() {
        return credential;
    }

    public String getKeySetUrl() {
        return keySetUrl;
    }

    public OffsetDateTime getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }
}

package org.ebox.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A public key of an API client, as a JWK without private parts, named by its RFC 7638 thumbprint. */
@Entity
@Table(name = "api_client_key")
@IdClass(ApiClientKey.Id.class)
public class ApiClientKey {

    /** The key's identity: its client and its thumbprint. */
    public static class Id implements Serializable {
        private static final long serialVersionUID = 1L;

        private String clientId;
        private String keyId;

        public Id() {}

        public Id(String clientId, String keyId) {
            this.clientId = clientId;
            this.keyId = keyId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Id id && Objects.equals(clientId, id.clientId) && Objects.equals(keyId, id.keyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, keyId);
        }
    }

    @jakarta.persistence.Id
    @Column(name = "client_id", length = ApiClient.CLIENT_ID_LENGTH)
    private String clientId;

    @jakarta.persistence.Id
    @Column(name = "key_id", length = 64)
    private String keyId;

    @Column(name = "public_jwk", nullable = false)
    private String publicJwk;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected ApiClientKey() {}

    public ApiClientKey(String clientId, String keyId, String publicJwk, OffsetDateTime addedAt) {
        this.clientId = clientId;
        this.keyId = keyId;
        this.publicJwk = publicJwk;
        this.addedAt = addedAt;
    }

    public void revoke(OffsetDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String getClientId() {
        return clientId;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getPublicJwk() {
        return publicJwk;
    }

    public OffsetDateTime getAddedAt() {
        return addedAt;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }
}

package org.ebox.message.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A publication made under an Idempotency-Key: the key, a fingerprint of the request, and the message it made. */
@Entity
@Table(name = "publication_record")
@IdClass(PublicationRecord.Key.class)
public class PublicationRecord {

    @Id
    @Column(name = "sender_organization_id", length = 10)
    private String senderOrganizationId;

    @Id
    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false, length = 64)
    private String requestFingerprint;

    @Column(name = "message_id", nullable = false, length = 36)
    private String messageId;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    protected PublicationRecord() {}

    public PublicationRecord(
            String senderOrganizationId,
            String idempotencyKey,
            String requestFingerprint,
            String messageId,
            OffsetDateTime publishedAt) {
        this.senderOrganizationId = senderOrganizationId;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.messageId = messageId;
        this.publishedAt = publishedAt;
    }

    public String getRequestFingerprint() {
        return requestFingerprint;
    }

    public String getMessageId() {
        return messageId;
    }

    /** The primary key: one record per sender and key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String senderOrganizationId;
        private String idempotencyKey;

        public Key() {}

        public Key(String senderOrganizationId, String idempotencyKey) {
            this.senderOrganizationId = senderOrganizationId;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(senderOrganizationId, key.senderOrganizationId)
                    && Objects.equals(idempotencyKey, key.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(senderOrganizationId, idempotencyKey);
        }
    }
}

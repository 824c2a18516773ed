package org.ebox.expiry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * What stays of an expired message once the purge deleted it: what it was (sender, type, registered mail), when it
 * arrived, was read, expired and was purged, and the SHA-256 digests of its files; not its content. Written once.
 */
@Entity
@Table(name = "purge_record")
public class PurgeRecord {

    @Id
    @Column(name = "message_id", length = 36, updatable = false)
    private String messageId;

    @Column(name = "enterprise_number", length = 10, nullable = false, updatable = false)
    private String enterpriseNumber;

    @Column(name = "sender_organization_id", length = 10, nullable = false, updatable = false)
    private String senderOrganizationId;

    @Column(name = "message_type_id", length = 50, nullable = false, updatable = false)
    private String messageTypeId;

    @Column(name = "registered_mail", nullable = false, updatable = false)
    private boolean registeredMail;

    @Column(name = "receipt_date", nullable = false, updatable = false)
    private OffsetDateTime receiptDate;

    @Column(name = "expiration_date", nullable = false, updatable = false)
    private OffsetDateTime expirationDate;

    @Column(name = "read_at", updatable = false)
    private OffsetDateTime readAt;

    @Column(name = "purged_at", nullable = false, updatable = false)
    private OffsetDateTime purgedAt;

    @Column(name = "run_id", length = 36, nullable = false, updatable = false)
    private String runId;

    /** One line per file of the message and of its replies: "sha256 size name". */
    @Column(name = "files", nullable = false, updatable = false)
    private String files;

    protected PurgeRecord() {}

    public PurgeRecord(
            String messageId,
            String enterpriseNumber,
            String senderOrganizationId,
            String messageTypeId,
            boolean registeredMail,
            OffsetDateTime receiptDate,
            OffsetDateTime expirationDate,
            OffsetDateTime readAt,
            OffsetDateTime purgedAt,
            String runId,
            String files) {
        this.messageId = messageId;
        this.enterpriseNumber = enterpriseNumber;
        this.senderOrganizationId = senderOrganizationId;
        this.messageTypeId = messageTypeId;
        this.registeredMail = registeredMail;
        this.receiptDate = receiptDate;
        this.expirationDate = expirationDate;
        this.readAt = readAt;
        this.purgedAt = purgedAt;
        this.runId = runId;
        this.files = files;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getEnterpriseNumber() {
        return enterpriseNumber;
    }

    public OffsetDateTime getExpirationDate() {
        return expirationDate;
    }

    public OffsetDateTime getPurgedAt() {
        return purgedAt;
    }

    public String getRunId() {
        return runId;
    }

    public String getFiles() {
        return files;
    }
}

package org.ebox.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One call of the API, as the audit trail keeps it (audit_trail.md): when, by which client, with which token (its
 * SHA-256 only), what was asked and answered, and the details (message id, attachment digests). Written once: no
 * column may be updated, and nothing here deletes one.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @Column(name = "audit_id", length = 36, updatable = false)
    private String auditId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "subject_token_hashed", length = 64, updatable = false)
    private String subjectTokenHashed;

    @Column(name = "client_id", updatable = false)
    private String clientId;

    @Column(name = "request_method", nullable = false, length = 10, updatable = false)
    private String requestMethod;

    @Column(name = "request_url", nullable = false, length = 2048, updatable = false)
    private String requestUrl;

    @Column(name = "response_code", nullable = false, updatable = false)
    private int responseCode;

    @Column(name = "details", updatable = false)
    private String details;

    protected AuditRecord() {}

    public AuditRecord(
            OffsetDateTime recordedAt,
            String subjectTokenHashed,
            String clientId,
            String requestMethod,
            String requestUrl,
            int responseCode,
            String details) {
        this.auditId = UUID.randomUUID().toString();
        this.recordedAt = recordedAt;
        this.subjectTokenHashed = subjectTokenHashed;
        this.clientId = clientId;
        this.requestMethod = requestMethod;
        this.requestUrl = requestUrl.length() > 2048 ? requestUrl.substring(0, 2048) : requestUrl;
        this.responseCode = responseCode;
        this.details = details;
    }

    public String getAuditId() {
        return auditId;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getSubjectTokenHashed() {
        return subjectTokenHashed;
    }

    public String getClientId() {
        return clientId;
    }

    public String getRequestMethod() {
        return requestMethod;
    }

    public String getRequestUrl() {
        return requestUrl;
    }

    public int getResponseCode() {
        return responseCode;
    }

    public String getDetails() {
        return details;
    }
}

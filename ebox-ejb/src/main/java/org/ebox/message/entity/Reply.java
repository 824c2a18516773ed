package org.ebox.message.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.ebox.platform.StoredContent;

/**
 * An enterprise's answer to a message that allows replies: a telephone number, a text, and at most one document,
 * for the institution that sent the message.
 */
@Entity
@Table(name = "reply")
public class Reply {

    @Id
    @Column(name = "reply_id", length = 36)
    private String replyId;

    @Column(name = "original_message_id", nullable = false, length = 36)
    private String originalMessageId;

    @Column(name = "enterprise_number", nullable = false, length = 10)
    private String enterpriseNumber;

    @Column(name = "sender_organization_id", nullable = false, length = 10)
    private String senderOrganizationId;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    @Column(name = "sent_by", nullable = false, length = 36)
    private String sentBy;

    @Column(length = 30)
    private String telephone;

    @Column(nullable = false)
    private String text;

    @Column(name = "file_name", length = 80)
    private String fileName;

    @Column(name = "media_type", length = 100)
    private String mediaType;

    @Column(name = "size_bytes")
    private Long sizeInBytes;

    @Column(length = 64)
    private String sha256;

    protected Reply() {}

    public Reply(Message original, String sentBy, OffsetDateTime sentAt, String telephone, String text) {
        this.replyId = UUID.randomUUID().toString();
        this.originalMessageId = original.getMessageId();
        this.enterpriseNumber = original.getEnterpriseNumber().value();
        this.senderOrganizationId = original.getSenderOrganizationId();
        this.sentBy = sentBy;
        this.sentAt = sentAt;
        this.telephone = telephone;
        this.text = text;
    }

    public void attach(String fileName, String mediaType, StoredContent content) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeInBytes = content.sizeInBytes();
        this.sha256 = content.sha256Hex();
    }

    public Optional<StoredContent> getDocument() {
        return sha256 == null ? Optional.empty() : Optional.of(new StoredContent(sha256, sizeInBytes));
    }

    public String getReplyId() {
        return replyId;
    }

    public String getOriginalMessageId() {
        return originalMessageId;
    }

    public String getEnterpriseNumber() {
        return enterpriseNumber;
    }

    public String getSenderOrganizationId() {
        return senderOrganizationId;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public String getTelephone() {
        return telephone;
    }

    public String getText() {
        return text;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }
}

package org.ebox.support.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/** A message a person sent with the Contact form: kept, and mailed to the support address. */
@Entity
@Table(name = "contact_request")
public class ContactRequest {

    /** What the message is about; the support desk sorts by it. */
    public enum Topic {
        MESSAGE,
        ACCESS,
        TECHNICAL,
        OTHER
    }

    @Id
    @Column(name = "request_id", length = 36)
    private String requestId;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    @Column(name = "person_id", nullable = false, length = 36)
    private String personId;

    @Column(name = "enterprise_number", length = 10)
    private String enterpriseNumber;

    @Column(nullable = false, length = 30)
    private String topic;

    @Column(name = "reply_email", nullable = false)
    private String replyEmail;

    @Column(nullable = false, length = 4000)
    private String message;

    @Column(nullable = false, length = 2)
    private String language;

    protected ContactRequest() {}

    public ContactRequest(
            OffsetDateTime sentAt,
            String personId,
            String enterpriseNumber,
            Topic topic,
            String replyEmail,
            String message,
            String language) {
        this.requestId = UUID.randomUUID().toString();
        this.sentAt = sentAt;
        this.personId = personId;
        this.enterpriseNumber = enterpriseNumber;
        this.topic = topic.name();
        this.replyEmail = replyEmail;
        this.message = message;
        this.language = language;
    }

    /** The short reference a person can quote: the first eight characters of the id. */
    public String getReference() {
        return requestId.substring(0, 8).toUpperCase(Locale.ROOT);
    }

    public String getRequestId() {
        return requestId;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public String getEnterpriseNumber() {
        return enterpriseNumber;
    }

    public String getTopic() {
        return topic;
    }

    public String getReplyEmail() {
        return replyEmail;
    }

    public String getMessage() {
        return message;
    }
}

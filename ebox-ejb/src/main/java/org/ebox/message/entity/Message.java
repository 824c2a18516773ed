package org.ebox.message.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.ebox.common.entity.TranslatedText;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.institution.entity.MessageType;
import org.ebox.institution.entity.SenderApplication;
import org.ebox.institution.entity.SenderOrganization;
import org.ebox.platform.StoredContent;

/**
 * A document an institution published in one enterprise's e-Box. Its id is random so that ids reveal nothing about
 * other boxes. The enterprise reads it, masks it, picks up registered mail, and may answer it when replies are allowed;
 * it expires at the end of its type's validity period.
 */
@Entity
@Table(name = "message")
public class Message {

    @Id
    @Column(name = "message_id", length = 36)
    private String messageId;

    @Column(name = "enterprise_number", length = 10, nullable = false)
    private String enterpriseNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sender_organization_id")
    private SenderOrganization senderOrganization;

    // The identifiers of the sender and type, readable without loading those entities (lists show only the ids).
    @Column(name = "sender_organization_id", insertable = false, updatable = false)
    private String senderOrganizationId;

    @Column(name = "sender_application_id", insertable = false, updatable = false)
    private String senderApplicationId;

    @Column(name = "message_type_id", insertable = false, updatable = false)
    private String messageTypeId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sender_application_id")
    private SenderApplication senderApplication;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "message_type_id")
    private MessageType messageType;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "nl", column = @Column(name = "subject_nl")),
        @AttributeOverride(name = "fr", column = @Column(name = "subject_fr")),
        @AttributeOverride(name = "de", column = @Column(name = "subject_de")),
        @AttributeOverride(name = "en", column = @Column(name = "subject_en"))
    })
    private TranslatedText subject;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "nl", column = @Column(name = "body_nl")),
        @AttributeOverride(name = "fr", column = @Column(name = "body_fr")),
        @AttributeOverride(name = "de", column = @Column(name = "body_de")),
        @AttributeOverride(name = "en", column = @Column(name = "body_en"))
    })
    private TranslatedText body;

    @Column(name = "body_main_content", nullable = false)
    private boolean bodyMainContent;

    @Column(name = "receipt_date", nullable = false)
    private OffsetDateTime receiptDate;

    @Column(name = "expiration_date", nullable = false)
    private OffsetDateTime expirationDate;

    @Column(name = "registered_mail", nullable = false)
    private boolean registeredMail;

    @Column(name = "reply_authorized", nullable = false)
    private boolean replyAuthorized;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    @Column(name = "read_by", length = 36)
    private String readBy;

    @Column(nullable = false)
    private boolean visible = true;

    @Column(name = "picked_up_at")
    private OffsetDateTime pickedUpAt;

    @Column(name = "picked_up_by", length = 36)
    private String pickedUpBy;

    @Column(name = "original_message_id", length = 36)
    private String originalMessageId;

    /** The contract's businessDataList as its JSON text: shown and returned as sent, never interpreted. */
    @Column(name = "business_data")
    private String businessData;

    @Embedded
    private AttentionOf attentionOf;

    // The text search's haystack per language (see SearchText), written when the message is stored.
    @Column(name = "search_nl")
    private String searchNl;

    @Column(name = "search_fr")
    private String searchFr;

    @Column(name = "search_de")
    private String searchDe;

    @OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Attachment> attachments = new ArrayList<>();

    /** When each notice of this unread message falls due; empty once sent, and for a read message. */
    @Column(name = "new_notice_due_at")
    private OffsetDateTime newNoticeDueAt;

    @Column(name = "reminder_due_at")
    private OffsetDateTime reminderDueAt;

    @Column(name = "expiry_alert_due_at")
    private OffsetDateTime expiryAlertDueAt;

    @Version
    private long version;

    protected Message() {}

    public Message(
            EnterpriseNumber recipient,
            SenderApplication application,
            MessageType type,
            TranslatedText subject,
            OffsetDateTime receiptDate) {
        this.messageId = UUID.randomUUID().toString();
        this.enterpriseNumber = recipient.value();
        this.senderApplication = Objects.requireNonNull(application);
        this.senderOrganization = application.getOrganization();
        this.messageType = Objects.requireNonNull(type);
        this.senderApplicationId = application.getApplicationId();
        this.senderOrganizationId = senderOrganization.getOrganizationId();
        this.messageTypeId = type.getMessageTypeId();
        this.subject = Objects.requireNonNull(subject);
        this.receiptDate = Objects.requireNonNull(receiptDate);
        this.expirationDate = type.getValidityPeriod().expiryAfter(receiptDate);
        type.published(receiptDate);
    }

    public Attachment attach(
            TranslatedText title, String fileName, String mediaType, StoredContent content, boolean mainContent) {
        Attachment attachment =
                new Attachment(this, attachments.size(), title, fileName, mediaType, content, mainContent);
        attachments.add(attachment);
        return attachment;
    }

    public void withBody(TranslatedText body, boolean bodyMainContent) {
        this.body = body;
        this.bodyMainContent = bodyMainContent;
    }

    public void asRegisteredMail() {
        this.registeredMail = true;
    }

    public void allowReplies() {
        this.replyAuthorized = true;
    }

    public void forTheAttentionOf(AttentionOf attentionOf) {
        this.attentionOf = attentionOf;
    }

    public void asReplyTo(String originalMessageId) {
        this.originalMessageId = originalMessageId;
    }

    public void withBusinessData(String businessDataJson) {
        this.businessData = businessDataJson;
    }

    @PrePersist
    void writeSearchText() {
        searchNl = SearchText.forLanguage(subject.getNl(), businessData, attentionOf, "nl");
        searchFr = SearchText.forLanguage(subject.getFr(), businessData, attentionOf, "fr");
        searchDe = SearchText.forLanguage(subject.getDe(), businessData, attentionOf, "de");
        if (readAt == null) {
            NoticeSchedule notices = NoticeSchedule.of(receiptDate, expirationDate);
            newNoticeDueAt = notices.newNoticeDue();
            reminderDueAt = notices.reminderDue();
            expiryAlertDueAt = notices.expiryAlertDue();
        }
    }

    /** The first opening counts: later readers do not change when and by whom it was read. */
    public void markRead(String personId, OffsetDateTime when) {
        if (readAt == null) {
            readAt = when;
            readBy = personId;
            // A message that was read needs no notice any more.
            newNoticeDueAt = null;
            reminderDueAt = null;
            expiryAlertDueAt = null;
        }
    }

    /** Registered mail is picked up once; the first pickup is the one that counts as receipt. */
    public void pickUp(String personId, OffsetDateTime when) {
        if (registeredMail && pickedUpAt == null) {
            pickedUpAt = when;
            pickedUpBy = personId;
        }
    }

    /** Moves the message to Masked messages; answers whether it was in the Inbox. */
    public boolean mask() {
        boolean moved = visible;
        visible = false;
        return moved;
    }

    /** Moves the message back to the Inbox; answers whether it was masked. */
    public boolean makeVisible() {
        boolean moved = !visible;
        visible = true;
        return moved;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public boolean isExpiredAt(OffsetDateTime now) {
        return !expirationDate.isAfter(now);
    }

    public String getMessageId() {
        return messageId;
    }

    public EnterpriseNumber getEnterpriseNumber() {
        return new EnterpriseNumber(enterpriseNumber);
    }

    public String getSenderOrganizationId() {
        return senderOrganizationId;
    }

    public String getSenderApplicationId() {
        return senderApplicationId;
    }

    public String getMessageTypeId() {
        return messageTypeId;
    }

    public SenderOrganization getSenderOrganization() {
        return senderOrganization;
    }

    public SenderApplication getSenderApplication() {
        return senderApplication;
    }

    public MessageType getMessageType() {
        return messageType;
    }

    public TranslatedText getSubject() {
        return subject;
    }

    public TranslatedText getBody() {
        return body;
    }

    public boolean isBodyMainContent() {
        return bodyMainContent;
    }

    public OffsetDateTime getReceiptDate() {
        return receiptDate;
    }

    public OffsetDateTime getExpirationDate() {
        return expirationDate;
    }

    public boolean isRegisteredMail() {
        return registeredMail;
    }

    /** Registered mail whose files the person has not accepted yet: it waits for them, read or not. */
    public boolean isAwaitingPickUp() {
        return registeredMail && pickedUpAt == null;
    }

    public boolean isReplyAuthorized() {
        return replyAuthorized;
    }

    public OffsetDateTime getReadAt() {
        return readAt;
    }

    /** The notices still due for this message, by when; empty when none is. */
    public NoticeSchedule getPendingNotices() {
        return new NoticeSchedule(newNoticeDueAt, reminderDueAt, expiryAlertDueAt);
    }

    public String getReadBy() {
        return readBy;
    }

    public boolean isVisible() {
        return visible;
    }

    public OffsetDateTime getPickedUpAt() {
        return pickedUpAt;
    }

    public String getPickedUpBy() {
        return pickedUpBy;
    }

    public String getOriginalMessageId() {
        return originalMessageId;
    }

    public String getBusinessData() {
        return businessData;
    }

    public AttentionOf getAttentionOf() {
        return attentionOf;
    }

    public List<Attachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }
}

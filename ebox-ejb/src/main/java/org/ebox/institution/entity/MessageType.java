package org.ebox.institution.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.ebox.common.entity.TranslatedText;

/**
 * A business category of document (attestation, declaration, communication). It fixes how long its messages stay,
 * whether they may be registered mail and allow replies, and which sender applications may publish it. A message
 * takes its expiry, registered mail and reply permission when it is published: changing the type changes only what
 * is published after. A type some message may use is withdrawn (nothing new is published with it), never deleted.
 */
@Entity
@Cacheable
@Table(name = "message_type")
public class MessageType {

    @Id
    @Column(name = "message_type_id", length = 50)
    private String messageTypeId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "nl", column = @Column(name = "name_nl")),
        @AttributeOverride(name = "fr", column = @Column(name = "name_fr")),
        @AttributeOverride(name = "de", column = @Column(name = "name_de")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    })
    private TranslatedText name;

    @Embedded
    private ValidityPeriod validityPeriod;

    @ManyToMany
    @JoinTable(
            name = "message_type_sender",
            joinColumns = @JoinColumn(name = "message_type_id"),
            inverseJoinColumns = @JoinColumn(name = "application_id"))
    private Set<SenderApplication> senderApplications = new HashSet<>();

    @Column(name = "registered_mail_allowed", nullable = false)
    private boolean registeredMailAllowed = true;

    @Column(name = "replies_allowed", nullable = false)
    private boolean repliesAllowed = true;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    @Column(name = "first_published_at")
    private OffsetDateTime firstPublishedAt;

    protected MessageType() {}

    public MessageType(String messageTypeId, TranslatedText name, ValidityPeriod validityPeriod) {
        this.messageTypeId = messageTypeId;
        this.name = name;
        this.validityPeriod = validityPeriod;
    }

    /** What a type allows; a new type allows registered mail and replies, as the types of the first release did. */
    public void allow(boolean registeredMail, boolean replies) {
        this.registeredMailAllowed = registeredMail;
        this.repliesAllowed = replies;
    }

    public void rename(TranslatedText name) {
        this.name = Objects.requireNonNull(name);
    }

    /** The period sets the expiry of messages published from now on; published ones keep theirs. */
    public void changeValidity(ValidityPeriod validityPeriod) {
        this.validityPeriod = Objects.requireNonNull(validityPeriod);
    }

    /** Only these applications may publish the type from now on. */
    public void allowOnly(Set<SenderApplication> applications) {
        senderApplications.retainAll(applications);
        senderApplications.addAll(applications);
    }

    public void withdraw(OffsetDateTime at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    public void reinstate() {
        withdrawnAt = null;
    }

    /** A message of the type is made: from now on the type may be withdrawn, no longer deleted. */
    public void published(OffsetDateTime at) {
        if (firstPublishedAt == null) {
            firstPublishedAt = at;
        }
    }

    /** Whether any message was ever published with the type (it may have expired and been purged since). */
    public boolean isEverPublished() {
        return firstPublishedAt != null;
    }

    public OffsetDateTime getFirstPublishedAt() {
        return firstPublishedAt;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public boolean isRegisteredMailAllowed() {
        return registeredMailAllowed;
    }

    public boolean isRepliesAllowed() {
        return repliesAllowed;
    }

    public OffsetDateTime getWithdrawnAt() {
        return withdrawnAt;
    }

    public void allowSender(SenderApplication application) {
        senderApplications.add(application);
    }

    public boolean mayBeSentBy(SenderApplication application) {
        return senderApplications.contains(application);
    }

    public String getMessageTypeId() {
        return messageTypeId;
    }

    public TranslatedText getName() {
        return name;
    }

    public ValidityPeriod getValidityPeriod() {
        return validityPeriod;
    }

    public Set<SenderApplication> getSenderApplications() {
        return senderApplications;
    }
}

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
import java.util.HashSet;
import java.util.Set;
import org.ebox.common.entity.TranslatedText;

/**
 * A business category of document (attestation, declaration, communication). It fixes how long its messages stay,
 * and which sender applications may publish it.
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

    protected MessageType() {}

    public MessageType(String messageTypeId, TranslatedText name, ValidityPeriod validityPeriod) {
        this.messageTypeId = messageTypeId;
        this.name = name;
        this.validityPeriod = validityPeriod;
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

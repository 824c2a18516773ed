package org.ebox.institution.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.ebox.common.entity.TranslatedText;
import org.ebox.enterprise.entity.EnterpriseNumber;

/** An institution that publishes messages, identified like any organisation by its enterprise number. */
@Entity
@Cacheable
@Table(name = "sender_organization")
public class SenderOrganization {

    @Id
    @Column(name = "organization_id", length = 10)
    private String organizationId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "nl", column = @Column(name = "short_name_nl")),
        @AttributeOverride(name = "fr", column = @Column(name = "short_name_fr")),
        @AttributeOverride(name = "de", column = @Column(name = "short_name_de")),
        @AttributeOverride(name = "en", column = @Column(name = "short_name_en"))
    })
    private TranslatedText shortName;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "nl", column = @Column(name = "long_name_nl")),
        @AttributeOverride(name = "fr", column = @Column(name = "long_name_fr")),
        @AttributeOverride(name = "de", column = @Column(name = "long_name_de")),
        @AttributeOverride(name = "en", column = @Column(name = "long_name_en"))
    })
    private TranslatedText longName;

    @Column(name = "contact_business")
    private String contactBusiness;

    protected SenderOrganization() {}

    public SenderOrganization(
            EnterpriseNumber organizationId,
            TranslatedText shortName,
            TranslatedText longName,
            String contactBusiness) {
        this.organizationId = organizationId.value();
        this.shortName = shortName;
        this.longName = longName;
        this.contactBusiness = contactBusiness;
    }

    public void rename(TranslatedText shortName, TranslatedText longName) {
        this.shortName = shortName;
        this.longName = longName;
    }

    public void changeContact(String contactBusiness) {
        this.contactBusiness = contactBusiness;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public TranslatedText getShortName() {
        return shortName;
    }

    public TranslatedText getLongName() {
        return longName;
    }

    public String getContactBusiness() {
        return contactBusiness;
    }
}
